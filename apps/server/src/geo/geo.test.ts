import { existsSync } from "node:fs";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { COUNTRY_HEADER, createGeo, defaultGeoDbPath, normalizeIp, parseCountry, registerGeo } from "./index";

const at = (ip: string, headers: Record<string, string> = {}) => ({ ip, headers });

describe("P4 geolocation from the shipped DB-IP database", () => {
  const geo = createGeo();

  it("finds the database file in the npm package", () => {
    expect(existsSync(defaultGeoDbPath())).toBe(true);
    expect(geo.source).toBe("database");
  });

  it("P4 maps public addresses to their country", () => {
    // Addresses of well-known networks: NIC.br and UOL (Brazil), Google DNS (US), Telefónica (Spain).
    expect(geo.country(at("200.160.2.3"))).toBe("BR");
    expect(geo.country(at("200.147.67.142"))).toBe("BR");
    expect(geo.country(at("2804:14c::1"))).toBe("BR");
    expect(geo.country(at("8.8.8.8"))).toBe("US");
    expect(geo.country(at("80.58.61.250"))).toBe("ES");
  });

  it("P4 strips the IPv4-mapped prefix before looking up", () => {
    expect(geo.country(at("::ffff:200.160.2.3"))).toBe("BR");
    expect(normalizeIp("::FFFF:8.8.8.8")).toBe("8.8.8.8");
  });

  it("answers null for loopback, private, link-local and junk addresses", () => {
    for (const ip of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.1.2.3", "192.168.1.10", "172.20.0.5", "fd00::1"]) {
      expect(geo.country(at(ip)), ip).toBeNull();
    }
    expect(geo.country(at("fe80::1"))).toBeNull();
    expect(geo.country(at("not an ip"))).toBeNull();
    expect(geo.country(at(""))).toBeNull();
  });

  it("ignores any country header when no trusted header is configured", () => {
    expect(geo.country(at("8.8.8.8", { "cf-ipcountry": "BR", [COUNTRY_HEADER]: "BR" }))).toBe("US");
  });
});

describe("P4 geolocation from a trusted CDN header", () => {
  const geo = createGeo({ header: "CF-IPCountry" });

  it("uses the configured header (any case), upper-cased", () => {
    expect(geo.source).toBe("header");
    expect(geo.country(at("8.8.8.8", { "cf-ipcountry": "br" }))).toBe("BR");
  });

  it("ignores the database in header mode, and invalid or placeholder values", () => {
    expect(geo.country(at("8.8.8.8"))).toBeNull();
    for (const v of ["XX", "T1", "", "BRA", "B", "1A", "<script>"]) {
      expect(geo.country(at("8.8.8.8", { "cf-ipcountry": v })), v).toBeNull();
    }
    expect(parseCountry(["de", "fr"])).toBe("DE");
  });
});

describe("registerGeo", () => {
  async function app(opts: Parameters<typeof registerGeo>[1]) {
    const server = Fastify({ trustProxy: true });
    registerGeo(server, opts);
    server.get("/echo", async (req) => ({ country: req.country, header: req.raw.headers[COUNTRY_HEADER] ?? null }));
    return server;
  }

  it("P4 sets req.country and passes it to the site in x-abante-country", async () => {
    const server = await app({});
    const res = await server.inject({ url: "/echo", headers: { "x-forwarded-for": "200.160.2.3" } });
    expect(res.json()).toEqual({ country: "BR", header: "BR" });
    await server.close();
  });

  it("removes a client-sent x-abante-country, and sends none when the country is unknown", async () => {
    const server = await app({});
    const spoofed = await server.inject({
      url: "/echo",
      headers: { "x-forwarded-for": "8.8.8.8", [COUNTRY_HEADER]: "BR" },
    });
    expect(spoofed.json()).toEqual({ country: "US", header: "US" });
    const unknown = await server.inject({
      url: "/echo",
      headers: { "x-forwarded-for": "10.0.0.7", [COUNTRY_HEADER]: "FR" },
    });
    expect(unknown.json()).toEqual({ country: null, header: null });
    await server.close();
  });

  it("P4 trusts the CDN header when configured", async () => {
    const server = await app({ header: "CF-IPCountry" });
    const res = await server.inject({ url: "/echo", headers: { "cf-ipcountry": "PT", [COUNTRY_HEADER]: "BR" } });
    expect(res.json()).toEqual({ country: "PT", header: "PT" });
    await server.close();
  });
});
