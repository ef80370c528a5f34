console.log("benchmarks arrive with F3");
