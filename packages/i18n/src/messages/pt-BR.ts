import type { en } from "./en";

export const ptBR = {
  "meta.title": "Abante CRM — o CRM cuja política de privacidade é garantida pelo próprio código",
  "meta.titleSuffix": "Abante CRM",
  "meta.description":
    "Contatos, empresas, negócios, mensagens e arquivos para a sua equipe, com os dados de cada cliente isolados no banco de dados e exportação ou exclusão completa quando você pedir.",

  "a11y.skipToContent": "Pular para o conteúdo",

  "nav.label": "Principal",
  "nav.home": "Página inicial do Abante CRM",
  "nav.features": "Recursos",
  "nav.pricing": "Preços",
  "nav.events": "Eventos",
  "nav.partners": "Parceiros",
  "nav.contact": "Falar com vendas",
  "nav.startTrial": "Teste grátis",
  "nav.signIn": "Entrar",
  "nav.openCrm": "Abrir o CRM",

  "language.label": "Idioma",

  "home.hero.eyebrow": "CRM com a privacidade em primeiro lugar",
  "home.hero.title": "O CRM cuja política de privacidade é garantida pelo próprio código",
  "home.hero.lead":
    "O Abante CRM reúne seus contatos, empresas, negócios, mensagens e arquivos em um só lugar. Cada promessa da nossa política de privacidade está incorporada ao software e comprovada por testes automatizados, em vez de depender de boas intenções.",
  "home.hero.ctaPrimary": "Comece um teste grátis",
  "home.hero.ctaSecondary": "Ver os recursos",

  "home.features.title": "Tudo com que sua equipe trabalha, em um só lugar",
  "home.features.lead":
    "Um CRM focado para equipes em crescimento: fácil de aprender, rápido de usar e sem nada de que você não precise.",
  "home.features.contacts.title": "Contatos",
  "home.features.contacts.body":
    "Todas as pessoas com quem você trabalha, com dados, histórico e anotações em um único registro.",
  "home.features.companies.title": "Empresas",
  "home.features.companies.body":
    "Agrupe as pessoas por organização e veja de relance cada relacionamento com um cliente.",
  "home.features.deals.title": "Negócios",
  "home.features.deals.body": "Acompanhe cada oportunidade pelo seu funil, da primeira ligação ao contrato assinado.",
  "home.features.messages.title": "Mensagens",
  "home.features.messages.body": "Mantenha as conversas junto aos contatos e negócios a que pertencem.",
  "home.features.files.title": "Arquivos",
  "home.features.files.body": "Anexe propostas, contratos, imagens e vídeos onde sua equipe vai procurá-los.",
  "home.features.more": "Todos os recursos",

  "home.privacy.title": "Privacidade que você pode verificar, não apenas confiar",
  "home.privacy.lead":
    "Os dados são seus. Não são configurações que poderíamos mudar às escondidas: é assim que o sistema é construído.",
  "home.privacy.isolation.title": "Isolamento de clientes no banco de dados",
  "home.privacy.isolation.body":
    "A segurança em nível de linha do PostgreSQL mantém os dados de cada cliente separados, para que uma conta não possa ver os de outra, mesmo que o aplicativo cometa um erro.",
  "home.privacy.export.title": "Exporte seus dados a qualquer momento",
  "home.privacy.export.body":
    "Baixe um backup completo do seu CRM, registros e arquivos, pelo painel de controle quando quiser. Sem pedidos, sem espera.",
  "home.privacy.delete.title": "Exclua seus dados a qualquer momento",
  "home.privacy.delete.body":
    "Exclua todo o seu CRM pelo painel de controle quando decidir. A exclusão é feita pelo código, não por um chamado ao suporte.",

  "home.privacy.more": "Leia nossas promessas",

  "home.local.title": "Perto de você",
  "home.local.lead": "Preços na sua moeda, eventos no seu idioma e parceiros no seu país.",
  "home.local.pricing.title": "Preços simples",
  "home.local.pricing.body": "Um preço por usuário e por mês, na sua moeda. Comece com um teste grátis.",
  "home.local.pricing.link": "Ver preços",
  "home.local.events.title": "Eventos",
  "home.local.events.body": "Oficinas e encontros, on-line e perto de você, para aproveitar melhor o seu CRM.",
  "home.local.events.link": "Próximos eventos",
  "home.local.partners.title": "Parceiros locais",
  "home.local.partners.body":
    "Consultores no seu país que ajudam com a implantação, a importação de dados e o treinamento.",
  "home.local.partners.link": "Encontrar um parceiro",

  "home.cta.title": "Veja com seus próprios olhos",
  "home.cta.body":
    "Configure hoje o CRM da sua equipe e mantenha o controle total dos seus dados desde o primeiro dia.",
  "home.cta.button": "Comece um teste grátis",

  "features.meta.description":
    "O que o Abante CRM faz: contatos, empresas, negócios, mensagens, arquivos, equipes, importação e exportação, e os controles de privacidade incorporados.",
  "features.hero.eyebrow": "Recursos",
  "features.hero.title": "Um CRM completo, sem as partes que vigiam você",
  "features.hero.lead":
    "Tudo o que uma equipe de vendas precisa no dia a dia, e controles que mantêm os dados dos seus clientes nas suas mãos.",
  "features.work.title": "Para o trabalho do dia a dia",
  "features.control.title": "Para quem responde pelos dados",
  "features.contacts.title": "Contatos e empresas",
  "features.contacts.body":
    "Um registro por pessoa e organização, com vários e-mails e telefones, etiquetas, anotações e o histórico completo de cada conversa.",
  "features.deals.title": "Negócios e funil",
  "features.deals.body":
    "Etapas definidas por você, um quadro para arrastar os negócios, valores em qualquer moeda e uma previsão ponderada.",
  "features.activities.title": "Mensagens, ligações e reuniões",
  "features.activities.body":
    "Registre cada interação uma vez e veja-a no contato, na empresa e no negócio a que pertence.",
  "features.files.title": "Arquivos, imagens e vídeos",
  "features.files.body":
    "Anexe documentos e mídia a qualquer registro. Cada arquivo é verificado no envio e guardado com uma soma de verificação.",
  "features.search.title": "Busca rápida",
  "features.search.body":
    "Encontre uma pessoa, uma empresa ou um telefone enquanto digita, mesmo em bancos de dados grandes.",
  "features.team.title": "Sua equipe",
  "features.team.body":
    "Convide colegas como proprietários, administradores ou membros, e mantenha um diretório de funcionários ao lado dos seus clientes.",
  "features.import.title": "Importação e exportação",
  "features.import.body":
    "Traga seus contatos de planilhas ou de outra ferramenta, e leve-os de volta em formatos abertos.",
  "features.languages.title": "Seu idioma",
  "features.languages.body": "O site e o produto falam inglês, espanhol, português do Brasil, francês e alemão.",
  "features.isolation.title": "Isolamento garantido pelo banco de dados",
  "features.isolation.body":
    "Os dados de cada cliente ficam separados pela segurança em nível de linha do PostgreSQL, não apenas pelo código do aplicativo.",
  "features.backup.title": "Backup completo, quando você quiser",
  "features.backup.body":
    "Baixe o banco de dados completo do seu CRM, arquivos incluídos, pelo painel de controle. Exportações antigas podem ser atualizadas para o formato atual.",
  "features.deletion.title": "Uma exclusão que acontece de verdade",
  "features.deletion.body":
    "Exclua qualquer registro, ou todo o seu CRM, pelo painel de controle. Os backups expiram em um calendário fixo, publicado na nossa política de privacidade.",
  "features.support.title": "Acesso do suporte só com a sua permissão",
  "features.support.body":
    "Nossa equipe só pode abrir o seu CRM com uma autorização por tempo limitado, e cada acesso fica em um registro de auditoria que seus administradores podem ler.",
  "features.cta.title": "Experimente com os seus próprios dados",
  "features.cta.body": "Comece um teste grátis, importe alguns contatos e veja como é.",

  "pricing.meta.description":
    "Preços do Abante CRM: três planos, um preço por usuário e por mês, na sua moeda. Comece com um teste grátis.",
  "pricing.hero.eyebrow": "Preços",
  "pricing.hero.title": "Um preço por usuário, nada escondido",
  "pricing.hero.lead":
    "Todos os planos incluem os controles de privacidade, a exportação completa e a exclusão a pedido. Comece com um teste grátis de {days} dias, sem cartão.",
  "pricing.currency.detected": "Preços em {currency}, escolhidos pela sua localização.",
  "pricing.currency.chosen": "Preços em {currency}.",
  "pricing.currency.fallback": "Preços em {currency}.",
  "pricing.currency.switch": "Ver preços em:",
  "pricing.perUser": "por usuário / mês",
  "pricing.yearly": "{price} por usuário / mês no plano anual",
  "pricing.maxUsers": "Até {count} usuários",
  "pricing.unlimitedUsers": "Usuários ilimitados",
  "pricing.taxNote": "Os preços não incluem impostos sobre vendas, que são acrescentados na fatura quando aplicáveis.",
  "pricing.choose": "Comece um teste grátis",
  "pricing.talk": "Falar com vendas",
  "pricing.popular": "O mais escolhido",
  "pricing.starter.name": "Starter",
  "pricing.starter.tagline": "Para equipes pequenas que querem se organizar.",
  "pricing.starter.f1": "Contatos, empresas e negócios",
  "pricing.starter.f2": "Mensagens, arquivos, imagens e vídeos",
  "pricing.starter.f3": "Importação e exportação",
  "pricing.starter.f4": "Exportação completa a qualquer momento",
  "pricing.starter.f5": "Ajuda por e-mail",
  "pricing.team.name": "Team",
  "pricing.team.tagline": "Para equipes de vendas que trabalham juntas todos os dias.",
  "pricing.team.f1": "Tudo do Starter",
  "pricing.team.f2": "Proprietários, administradores e membros",
  "pricing.team.f3": "Diretório de funcionários e funil compartilhado",
  "pricing.team.f4": "Registro de auditoria dos acessos do suporte",
  "pricing.team.f5": "Ajuda prioritária por e-mail",
  "pricing.business.name": "Business",
  "pricing.business.tagline": "Para empresas que querem ajuda com a implantação.",
  "pricing.business.f1": "Tudo do Team",
  "pricing.business.f2": "Implantação com um parceiro local",
  "pricing.business.f3": "Fatura anual e pagamento por transferência",
  "pricing.business.f4": "Uma pessoa de contato dedicada",
  "pricing.business.f5": "Revisão do nosso contrato de tratamento de dados com seus advogados",
  "pricing.faq.title": "Perguntas sobre preços",
  "pricing.faq.trial.q": "O que acontece quando o teste termina?",
  "pricing.faq.trial.a":
    "Nada é cobrado automaticamente. Escolha um plano para continuar, ou deixe o teste terminar e exclua seus dados pelo painel de controle.",
  "pricing.faq.card.q": "Vocês guardam o meu cartão?",
  "pricing.faq.card.a":
    "Não. Os dados do cartão vão direto para o nosso processador de pagamentos. Guardamos apenas as referências dele e as nossas faturas, e nossos formulários recusam qualquer coisa que pareça um número de cartão.",
  "pricing.faq.cancel.q": "O que acontece com meus dados se eu cancelar?",
  "pricing.faq.cancel.a":
    "Seu CRM fica desativado por {grace}, período em que você pode mudar de ideia. Depois ele é destruído. Os backups expiram em até {backups}.",
  "pricing.faq.change.q": "Posso mudar de plano depois?",
  "pricing.faq.change.a":
    "Sim, a qualquer momento pelo painel de controle. O novo preço vale a partir do próximo período de cobrança.",

  "events.meta.description":
    "Oficinas, webinars e encontros sobre o Abante CRM, on-line e perto de você, no seu idioma.",
  "events.hero.eyebrow": "Eventos",
  "events.hero.title": "Aprenda com a gente, on-line e presencialmente",
  "events.hero.lead":
    "Oficinas, webinars e encontros com a nossa equipe e os nossos parceiros. Os eventos no seu país aparecem primeiro.",
  "events.empty": "No momento não há eventos programados. Volte em breve.",
  "events.unavailable": "Não conseguimos carregar os eventos agora. Tente de novo em instantes; nada foi perdido.",
  "events.online": "On-line",
  "events.details": "Detalhes e inscrição",
  "events.detailsFor": "Detalhes e inscrição: {title}",
  "events.when": "Quando",
  "events.where": "Onde",
  "events.organiser": "Organizador",
  "events.sponsors": "Patrocinadores",
  "events.noSponsors": "Sem patrocinadores",
  "events.language": "Idioma",
  "events.capacity": "Vagas",
  "events.timezoneNote": "Os horários são mostrados em UTC.",
  "events.back": "Todos os eventos",
  "events.notFound.title": "Evento não encontrado",
  "events.notFound.body": "Este evento não existe ou não está mais publicado.",
  "events.register.title": "Inscrição",
  "events.register.notice":
    "Ao se inscrever, compartilhamos seu nome, e-mail, telefone e empresa com o organizador, {organiser}, e com os patrocinadores deste evento: {sponsors}. Registramos cada transferência no nosso registro de compartilhamentos.",
  "events.register.noticeNoSponsors":
    "Ao se inscrever, compartilhamos seu nome, e-mail, telefone e empresa com o organizador, {organiser}. Este evento não tem patrocinadores. Registramos a transferência no nosso registro de compartilhamentos.",
  "events.register.submit": "Inscrever-me",
  "events.register.success": "Inscrição feita. Até lá!",
  "events.register.closed": "As inscrições para este evento estão encerradas.",

  "partners.meta.description":
    "Encontre um parceiro do Abante CRM no seu país para implantação, importação de dados e treinamento, ou peça para ser contatado.",
  "partners.hero.eyebrow": "Parceiros",
  "partners.hero.title": "Ajuda local de quem conhece o produto",
  "partners.hero.lead":
    "Nossos parceiros configuram CRMs, trazem dados de outras ferramentas e treinam equipes, no seu idioma e no seu país.",
  "partners.in": "Parceiros: {country}",
  "partners.all": "Nossos parceiros",
  "partners.empty":
    "Ainda não temos um parceiro listado para este país: {country}. Deixe seus dados abaixo e encontraremos um para você.",
  "partners.emptyNoCountry":
    "Não conseguimos identificar em que país você está. Deixe seus dados abaixo e encontraremos um parceiro para você.",
  "partners.unavailable":
    "Não conseguimos carregar a lista de parceiros agora. Mesmo assim, você pode pedir contato abaixo.",
  "partners.languages": "Idiomas",
  "partners.website": "Site de {name}",
  "partners.request.title": "Quero que um parceiro local entre em contato",
  "partners.request.lead": "Conte um pouco sobre a sua equipe e um parceiro que atende o seu país entrará em contato.",
  "partners.request.notice":
    "Repassamos seu nome, e-mail, telefone e empresa a um parceiro que atende o seu país ou região, e registramos a transferência no nosso registro de compartilhamentos. O parceiro os usa apenas para falar com você sobre este pedido.",
  "partners.request.submit": "Pedir um parceiro",
  "partners.request.success": "Obrigado. Um parceiro entrará em contato em breve.",

  "contact.meta.description":
    "Fale com a equipe de vendas do Abante CRM sobre planos, migração e suas dúvidas de privacidade.",
  "contact.hero.eyebrow": "Falar com vendas",
  "contact.hero.title": "Fale com uma pessoa",
  "contact.hero.lead":
    "Dúvidas sobre planos, sobre como migrar de outro CRM ou sobre como tratamos os dados? Escreva para nós e responderemos por e-mail.",
  "contact.notice":
    "Guardamos o que você envia como um contato comercial e usamos apenas para responder. Nada é repassado. Veja nossa política de privacidade.",
  "contact.submit": "Enviar mensagem",
  "contact.success": "Obrigado. Responderemos por e-mail em breve.",
  "contact.aside.title": "Também pode ser útil",
  "contact.aside.privacy": "Para um pedido sobre seus dados pessoais, use a página de pedidos de privacidade.",
  "contact.aside.partners": "Para ajuda presencial, peça um parceiro local.",

  "trial.meta.description": "Crie sua conta no Abante CRM e comece um teste grátis. Sem cartão.",
  "trial.hero.eyebrow": "Teste grátis",
  "trial.hero.title": "Comece seu teste grátis",
  "trial.hero.lead": "{days} dias grátis, sem cartão. Seu CRM fica pronto assim que você confirma seu e-mail.",
  "trial.form.title": "Crie sua conta",
  "trial.notice":
    "Pedimos apenas o necessário para manter sua conta: seu nome, empresa, e-mail e senha, e opcionalmente um telefone. Seu setor e seus interesses nos ajudam a melhorar o produto. Também registramos o idioma do seu navegador e o país de onde você se cadastra.",
  "trial.submit": "Criar conta",
  "trial.success.title": "Confira sua caixa de entrada",
  "trial.success.body":
    "Enviamos um link de confirmação para {email}. Abra-o para confirmar seu endereço e depois entre para começar a usar seu CRM.",
  "trial.success.signIn": "Ir para o login",
  "trial.haveAccount": "Já tem uma conta?",
  "trial.signIn": "Entrar",
  "trial.sector": "Setor de atividade",
  "trial.sector.choose": "Escolha seu setor",
  "trial.interests": "O que interessa você no Abante CRM?",
  "trial.interests.hint": "Escolha quantos quiser, ou nenhum.",
  "trial.password.hint": "Pelo menos {min} caracteres. Algumas palavras incomuns formam uma senha forte.",

  "sector.agency": "Agência (marketing, design, mídia)",
  "sector.consulting": "Consultoria e serviços profissionais",
  "sector.education": "Educação e treinamento",
  "sector.finance": "Finanças e seguros",
  "sector.healthcare": "Saúde",
  "sector.hospitality": "Hotelaria e turismo",
  "sector.manufacturing": "Indústria",
  "sector.nonprofit": "Sem fins lucrativos",
  "sector.publicSector": "Setor público",
  "sector.realEstate": "Imobiliário",
  "sector.retail": "Varejo e comércio eletrônico",
  "sector.software": "Software e TI",
  "sector.wholesale": "Atacado e distribuição",
  "sector.other": "Outro",

  "interest.contacts": "Ter contatos e empresas em um só lugar",
  "interest.deals": "Acompanhar negócios e vendas",
  "interest.messages": "Mensagens e e-mail com clientes",
  "interest.files": "Arquivos, imagens e vídeos",
  "interest.team": "Trabalhar em equipe",
  "interest.privacy": "Privacidade e proteção de dados",
  "interest.import": "Trazer dados de outra ferramenta",
  "interest.api": "Integrações e a API",

  "form.name": "Seu nome",
  "form.email": "E-mail",
  "form.phone": "Telefone",
  "form.company": "Empresa",
  "form.companyName": "Nome da empresa",
  "form.password": "Senha",
  "form.message": "Mensagem",
  "form.optional": "opcional",
  "form.requiredNote": "Todos os campos são obrigatórios, exceto os marcados como opcionais.",
  "form.sending": "Enviando…",
  "form.noscript":
    "Este formulário precisa de JavaScript para a verificação antispam: um cálculo rápido no seu navegador, sem rastreamento nem terceiros.",
  "form.error.name": "Informe seu nome.",
  "form.error.email": "Informe um e-mail válido.",
  "form.error.phone": "Informe um telefone usando apenas dígitos, espaços e + ( ) - .",
  "form.error.company": "Informe o nome da sua empresa.",
  "form.error.message": "Escreva uma mensagem curta.",
  "form.error.password": "Escolha uma senha mais longa e difícil de adivinhar.",
  "form.error.sector": "Escolha um setor.",
  "form.error.kind": "Escolha o que você quer que façamos.",
  "form.error.generic": "Algo deu errado do nosso lado. Tente de novo em instantes.",
  "form.error.network": "Não conseguimos falar com o nosso servidor. Verifique sua conexão e tente de novo.",
  "form.error.rateLimited": "Tentativas demais. Aguarde alguns minutos e tente de novo.",
  "form.error.botCheck": "A verificação antispam não terminou. Aguarde a conclusão e envie de novo.",
  "form.error.invalid": "Corrija os campos destacados.",
  "form.error.cardNumber": "Remova o número do cartão: nunca aceitamos dados de cartão nos nossos formulários.",

  "altcha.label": "Não sou um robô",
  "altcha.verifying": "Verificando…",
  "altcha.verified": "Verificado",
  "altcha.error": "A verificação falhou. Tente de novo.",
  "altcha.expired": "A verificação expirou. Tente de novo.",
  "altcha.waitAlert": "Verificando… aguarde.",

  "requests.meta.description":
    "Peça uma cópia dos seus dados pessoais, sua correção ou exclusão, ou oponha-se ao seu uso. Qualquer pessoa pode pedir, com ou sem conta.",
  "requests.hero.eyebrow": "Pedidos de privacidade",
  "requests.hero.title": "Seus dados, seu pedido",
  "requests.hero.lead":
    "Peça uma cópia dos seus dados, sua correção ou exclusão, ou oponha-se à forma como os usamos. Você não precisa de conta.",
  "requests.how.title": "Como funciona",
  "requests.how.verify":
    "Enviamos um link para o e-mail que você informar. Ao abri-lo, você comprova que o endereço é seu, assim ninguém pode pedir os dados de outra pessoa.",
  "requests.how.deadline":
    "Respondemos em até {deadline} após a sua confirmação, e avisamos se precisarmos de mais tempo e por quê.",
  "requests.how.account":
    "Tem uma conta? Você mesmo pode ver, corrigir, baixar ou excluir seus dados nas configurações da conta.",
  "requests.how.accountLink": "Abrir as configurações da conta",
  "requests.how.customer":
    "Se seus dados estão no CRM de um dos nossos clientes (por exemplo, você é contato de uma empresa que usa o Abante), é essa empresa que decide sobre eles. Escreva primeiro para ela; nós a ajudaremos a responder.",
  "requests.kind": "O que você quer que façamos?",
  "requests.kind.choose": "Escolha um pedido",
  "requests.kind.access": "Enviar uma cópia dos meus dados",
  "requests.kind.rectification": "Corrigir meus dados",
  "requests.kind.erasure": "Excluir meus dados",
  "requests.kind.objection": "Parar de usar meus dados para uma finalidade",
  "requests.message": "Detalhes",
  "requests.message.hint": "Por exemplo, o que corrigir ou a qual uso você se opõe.",
  "requests.submit": "Enviar pedido",
  "requests.success": "Quase pronto: confira sua caixa de entrada e abra o link que enviamos para confirmar o pedido.",
  "requests.notice":
    "Usamos o que você escrever aqui apenas para tratar este pedido, e guardamos como prova de que o fizemos.",

  "security.meta.description":
    "Como o Abante CRM protege seus dados: criptografia, senhas e tokens em hash, isolamento no banco de dados, acesso limitado do suporte e backups imutáveis.",
  "security.hero.eyebrow": "Segurança",
  "security.hero.title": "Segurança que faz parte do projeto",
  "security.hero.lead":
    "A proteção está incorporada na forma como a plataforma guarda, isola e transmite os dados, e cada medida é verificada por testes automatizados.",
  "security.transport.title": "Conexões criptografadas",
  "security.transport.body":
    "Todas as conexões usam HTTPS, e os navegadores são instruídos a nunca usar outra coisa. As páginas não carregam scripts de outros sites.",
  "security.passwords.title": "Senhas que ninguém consegue ler",
  "security.passwords.body":
    "As senhas são guardadas apenas como hash argon2id, com os parâmetros recomendados por especialistas em segurança. Senhas comuns e vazadas são recusadas.",
  "security.sessions.title": "Sessões e links",
  "security.sessions.body":
    "Seu cookie de sessão contém um token aleatório; guardamos apenas o hash dele. Uma sessão termina {idle} após sua última atividade e no máximo {max} após o login. Links de uso único expiram rápido e depois são excluídos.",
  "security.isolation.title": "Isolamento no banco de dados",
  "security.isolation.body":
    "O CRM de cada cliente é separado pela segurança em nível de linha do PostgreSQL, e o aplicativo roda com uma função de banco de dados que não consegue contorná-la.",
  "security.access.title": "Acesso do suporte sob o seu controle",
  "security.access.body":
    "Nossa equipe não pode abrir o seu CRM sem uma autorização por tempo limitado. Cada acesso fica em um registro de auditoria à prova de adulteração que seus administradores podem ler.",
  "security.backups.title": "Backups imutáveis",
  "security.backups.body":
    "Os backups não podem ser alterados nem excluídos antes de expirarem, e são destruídos automaticamente após {backups}. São usados apenas para restaurar dados e verificar que a restauração funciona.",
  "security.abuse.title": "Proteção contra abusos",
  "security.abuse.body":
    "Login, cadastro e todos os formulários públicos têm limite de tentativas. Os formulários usam uma prova de trabalho que roda no seu navegador, sem rastreamento e sem terceiros.",
  "security.hosting.title": "Hospedagem",
  "security.hosting.body": "A plataforma roda em servidores da {provider}, nos seguintes países: {countries}.",
  "security.report.title": "Encontrou uma vulnerabilidade?",
  "security.report.body":
    "Avise-nos pelo formulário de contato antes de torná-la pública. Confirmaremos o recebimento, manteremos você informado e daremos o crédito, se quiser.",
  "security.report.link": "Fale conosco",

  "legal.updated": "Versão de {date}",
  "legal.onThisPage": "Nesta página",
  "legal.firstParty": "Próprio",
  "legal.thirdParty": "De terceiros",
  "legal.seeAlso": "Veja também",
  "legal.labelled": "{label}: {value}",

  "privacy.meta.title": "Política de privacidade",
  "privacy.meta.description":
    "Como o Abante CRM coleta, usa, compartilha e exclui dados pessoais, e como você pode exercer seus direitos. Cada promessa é garantida pelo código.",
  "privacy.hero.eyebrow": "Política de privacidade",
  "privacy.hero.title": "Nossa política de privacidade, em palavras simples",
  "privacy.hero.lead":
    "Esta política é uma lista de promessas. Cada uma está incorporada ao software e verificada por um teste automatizado, então o que você lê aqui é o que o código faz.",
  "privacy.who.title": "Quem é o responsável",
  "privacy.who.body":
    "O Abante CRM opera este site e a plataforma de CRM e decide como os dados descritos aqui são usados: para esses dados, somos o controlador. Os dados que nossos clientes guardam no próprio CRM são deles: para esses, o controlador é o cliente, e nós os tratamos apenas conforme as instruções dele.",
  "privacy.who.contact": "Dúvidas ou pedidos sobre seus dados: use a nossa página de pedidos de privacidade.",
  "privacy.howToRead":
    "Cada promessa tem um número, como P26. Nossos testes automatizados têm os mesmos números, então cada promessa pode ser rastreada até o código que a cumpre.",
  "privacy.group.collection": "O que coletamos",
  "privacy.group.use": "Como usamos",
  "privacy.group.rights": "Seus direitos",
  "privacy.group.security": "Segurança",
  "privacy.group.retention": "Por quanto tempo guardamos",
  "privacy.group.cookies": "Cookies",
  "privacy.p1.title": "Dados de cadastro",
  "privacy.p1.body":
    "Quando você se cadastra, pedimos seu nome, o nome da sua empresa, seu e-mail e uma senha, e opcionalmente um telefone, seu setor de atividade e o que interessa você no produto. Só pedimos um endereço postal se você solicitar uma fatura. Também registramos o idioma do seu navegador e o país de onde você se cadastra.",
  "privacy.p2.title": "Formulários de contato",
  "privacy.p2.body":
    "Quando você escreve para a nossa equipe de vendas, guardamos seu nome, e-mail, empresa, mensagem e, se informar, seu telefone, para podermos responder.",
  "privacy.p3.title": "Nunca dados bancários",
  "privacy.p3.body":
    "Os pagamentos passam pelo nosso processador de pagamentos. Guardamos apenas as referências dele (cliente, assinatura, forma de pagamento) e as nossas faturas. Qualquer coisa digitada que pareça um número de cartão é recusada e nunca é gravada em lugar nenhum, nem mesmo nos nossos logs.",
  "privacy.p4.title": "Idioma e país",
  "privacy.p4.body":
    "Na sua primeira visita, lemos o idioma preferido do seu navegador e deduzimos seu país a partir do seu endereço IP, para mostrar o site no seu idioma com preços, parceiros e eventos do seu país. Um idioma que você mesmo escolher sempre prevalece.",
  "privacy.p5.title": "Registro de requisições",
  "privacy.p5.body":
    "Para cada requisição ao nosso site e à API, registramos o endereço IP, a data e a hora, o navegador e a versão, o sistema operacional, o tipo de dispositivo, a página de origem, a página pedida, o país e o idioma. Usamos isso para estatísticas, segurança e fins legais, e excluímos após {period}.",
  "privacy.p6.title": "Cookie de sessão",
  "privacy.p6.body":
    "Quando você entra, seu navegador recebe um cookie com um token aleatório e nada mais. Guardamos apenas um hash do token, então nem o nosso banco de dados pode ser usado para entrar como você.",
  "privacy.p7.title": "Proteção dos formulários",
  "privacy.p7.body":
    "Nossos formulários públicos verificam que uma pessoa os está enviando com um pequeno cálculo feito pelo seu navegador. Nenhum terceiro participa e guardamos apenas o resultado da verificação.",
  "privacy.p8.title": "Seu próprio banco de dados de CRM",
  "privacy.p8.body":
    "Cada cliente tem o próprio CRM: funcionários, contatos, empresas, mensagens, imagens e vídeos. Esses dados pertencem ao cliente, que tem controle total sobre eles.",
  "privacy.p9.title": "Serviço de atualização de banco de dados",
  "privacy.p9.body":
    "Você pode enviar uma exportação feita por uma versão mais antiga para atualizá-la. O envio e o resultado são excluídos automaticamente assim que você baixa o resultado, após um curto prazo, ou antes, se você pedir.",
  "privacy.p10.title": "Os dados da conta servem ao serviço",
  "privacy.p10.body":
    "Usamos os dados da sua conta para prestar o serviço, atender seus pedidos, faturar e gerenciar sua conta. Nada mais.",
  "privacy.p11.title": "Marketing só com o seu acordo",
  "privacy.p11.body":
    "Só enviamos e-mails de marketing se você tiver aceitado. Cada um traz um link de cancelamento com um clique que funciona, e um endereço que cancelou não recebe mais marketing.",
  "privacy.p12.title": "Tendências, nunca indivíduos",
  "privacy.p12.body":
    "Nossas estatísticas são totais sem dados pessoais, e qualquer grupo com menos de {k} visitantes é omitido, para que ninguém possa ser identificado.",
  "privacy.p13.title": "Eventos",
  "privacy.p13.body":
    "Se você se inscreve em um evento, seu nome, e-mail, telefone e empresa vão para o organizador e os patrocinadores. O formulário os nomeia antes do envio, e registramos cada transferência.",
  "privacy.p14.title": "Parceiros locais",
  "privacy.p14.body":
    "Se você pedir ajuda local, ou disser que tem interesse nela, repassamos seu nome, e-mail, telefone e empresa a um parceiro que atende o seu país ou região, e registramos o encaminhamento.",
  "privacy.p15.title": "Dados de navegação continuam anônimos",
  "privacy.p15.body":
    "Analisamos o registro de requisições sem associá-lo a pessoas. Nossa equipe só pode associar uma entrada a uma pessoa por motivo de segurança ou legal, e deve registrar o motivo.",
  "privacy.p16.title": "Acesso limitado do suporte",
  "privacy.p16.body":
    "Nossa equipe só pode ler o CRM de um cliente com uma autorização de acesso por tempo limitado: a pedido do cliente, para um chamado de suporte, por segurança ou por exigência legal. Cada acesso fica em um registro de auditoria que os administradores do cliente podem ler.",
  "privacy.p17.title": "Ver e atualizar seus dados",
  "privacy.p17.body": "Você pode ver e corrigir os dados da sua conta a qualquer momento nas configurações da conta.",
  "privacy.p18.title": "Exclusão da conta",
  "privacy.p18.body":
    "Você pode pedir a exclusão da sua conta. Fazemos isso em até {deadline}, excluindo ou anonimizando todos os seus dados pessoais, exceto os registros de cobrança que a lei nos obriga a guardar.",
  "privacy.p19.title": "Os clientes mantêm o controle",
  "privacy.p19.body": "Um administrador do CRM de um cliente pode alterar ou excluir qualquer dado pessoal nele.",
  "privacy.p20.title": "Exportação completa",
  "privacy.p20.body":
    "Os clientes podem baixar a qualquer momento um backup completo do banco de dados do seu CRM pelo painel de controle.",
  "privacy.p21.title": "Exclusão completa",
  "privacy.p21.body": "Os clientes podem excluir todo o banco de dados do seu CRM pelo painel de controle.",
  "privacy.p22.title": "Pedidos de qualquer pessoa",
  "privacy.p22.body":
    "Pessoas sem conta, como quem falou com vendas ou se inscreveu em um evento, podem pedir acesso, correção ou exclusão, ou se opor a um uso, após confirmar o e-mail. Respondemos em até {deadline}.",
  "privacy.p23.title": "Proteção",
  "privacy.p23.body":
    "As senhas são guardadas com hash argon2id; tokens de sessão e de uso único são guardados apenas como hash; os dados dos clientes são separados pelo próprio banco de dados, não só pelo nosso código; e as ações importantes deixam uma trilha de auditoria.",
  "privacy.p24.title": "Suboperadores",
  "privacy.p24.body":
    "As empresas que tratam dados pessoais para nós estão listadas publicamente, com a finalidade, os dados que recebem, onde os tratam e a data do nosso contrato de tratamento de dados.",
  "privacy.p25.title": "Dados da conta",
  "privacy.p25.body":
    "Guardamos os dados da conta enquanto forem necessários para ela. Faturas e registros de cobrança são guardados pelo prazo legal, {billing}, salvo se o seu país exigir outro prazo.",
  "privacy.p26.title": "Registro de requisições",
  "privacy.p26.body":
    "As entradas do registro de requisições são excluídas após {period}, a menos que sejam necessárias para um incidente de segurança ou uma retenção legal registrados.",
  "privacy.p27.title": "Sessões",
  "privacy.p27.body": "Uma sessão termina {idle} após sua última atividade e no máximo {max} após o login.",
  "privacy.p28.title": "Clientes que cancelam",
  "privacy.p28.body":
    "Um CRM cancelado fica desativado por um período de carência de {grace}, durante o qual pode ser reativado. Depois é destruído.",
  "privacy.p29.title": "Backups",
  "privacy.p29.body":
    "Os backups não podem ser alterados, são guardados por até {backups} e depois destruídos automaticamente. Excluir dados no banco de dados em uso não reescreve os backups; eles são usados apenas para restaurar dados e verificar que funcionam.",
  "privacy.p30.title": "Não vendemos dados",
  "privacy.p30.body":
    "Os dados pessoais só saem da plataforma pelos canais listados aqui: organizadores e patrocinadores de eventos, parceiros locais e nossos suboperadores. Cada transferência é registrada. Fora isso, compartilhamos apenas totais e dados anônimos.",
  "privacy.p31.title": "Consentimento de cookies",
  "privacy.p31.body":
    "Os cookies são agrupados em necessários, de preferências, de análise e de marketing. Onde a lei da sua região exige, só usamos cookies necessários até você aceitar mais. Recusar é tão fácil quanto aceitar; guardamos um registro da sua escolha como prova, perguntamos de novo após {consent} ou quando esta política mudar, e você pode mudar de ideia a qualquer momento.",
  "privacy.p32.title": "Política de cookies",
  "privacy.p32.body":
    "Nossa política de cookies lista cada cookie com nome, finalidade, categoria, duração e fornecedor, e é gerada a partir da mesma lista que o nosso código usa para criá-los.",
  "privacy.dataMap.title": "O que guardamos e por quanto tempo",
  "privacy.dataMap.lead":
    "Cada lugar onde dados pessoais são guardados, tirado do mesmo mapa de dados que nossas rotinas de exportação, exclusão e limpeza usam.",
  "privacy.dataMap.dataSet": "Dados",
  "privacy.dataMap.categories": "O que contém",
  "privacy.dataMap.controller": "Quem decide",
  "privacy.dataMap.retention": "Por quanto tempo",
  "privacy.controller.abante": "Abante CRM",
  "privacy.controller.customer": "O cliente dono do CRM",
  "privacy.recipients.title": "Quem mais recebe dados",
  "privacy.recipients.body":
    "Nossos suboperadores, para as finalidades indicadas na página deles; o organizador e os patrocinadores de um evento em que você se inscrever; e o parceiro local que você pedir. Ninguém mais, e nunca em troca de dinheiro.",
  "privacy.recipients.link": "Ver a lista de suboperadores",
  "privacy.rights.title": "Como exercer seus direitos",
  "privacy.rights.body":
    "Você pode pedir uma cópia dos seus dados, sua correção ou exclusão, ou se opor a um uso, na nossa página de pedidos de privacidade ou nas configurações da sua conta. Também pode reclamar junto à autoridade de proteção de dados do seu país.",
  "privacy.rights.link": "Fazer um pedido de privacidade",
  "privacy.changes.title": "Mudanças nesta política",
  "privacy.changes.body":
    "Quando esta política muda de forma relevante, ela ganha uma nova data de versão e perguntamos de novo suas escolhas de cookies.",

  "retention.account":
    "Enquanto você tiver uma conta. Após um pedido de exclusão, excluídos ou anonimizados em até {deadline}; os registros de cobrança são guardados por {billing}.",
  "retention.session": "Termina {idle} após sua última atividade, no máximo {max} após o login; depois é excluída.",
  "retention.oneTimeToken":
    "Excluídos ao expirar: links de confirmação após {verify}, links de redefinição de senha após {reset}, convites após {invite}.",
  "retention.securityCounter":
    "Excluídos automaticamente assim que deixam de contar para o limite de tentativas de login.",
  "retention.sentMail": "Guardados como registro do que enviamos a você, e excluídos junto com a sua conta.",
  "retention.requestLog":
    "Excluídas após {period}, a menos que estejam cobertas por um incidente de segurança ou uma retenção legal registrados.",
  "retention.consent":
    "Guardado como prova da sua escolha. Uma escolha vale por {consent} e depois perguntamos de novo; a prova é excluída quando você nos pede para apagar seus dados.",
  "retention.lead": "Guardados enquanto acompanhamos o seu pedido, e excluídos quando você pedir.",
  "retention.eventRegistration": "Guardadas para o evento e o acompanhamento dele, e excluídas quando você pedir.",
  "retention.disclosure":
    "Guardado como registro de quem recebeu seus dados. Contém apenas um hash do seu e-mail, não o endereço.",
  "retention.privacyRequest": "Guardados como prova de que tratamos o seu pedido. Respondemos em até {deadline}.",
  "retention.listing": "Guardados enquanto o parceiro, organizador ou patrocinador estiver listado no nosso site.",
  "retention.legalHold": "Guardados enquanto durar a retenção, e depois liberados.",
  "retention.customerData":
    "Decidido pelo cliente, que pode alterá-los ou excluí-los a qualquer momento. Após um cancelamento, guardados por um período de carência de {grace} e depois destruídos; os backups expiram em até {backups}.",

  "cookies.meta.title": "Política de cookies",
  "cookies.meta.description":
    "Todos os cookies que o Abante CRM usa, com nome, finalidade, categoria, duração e fornecedor, e como mudar sua escolha.",
  "cookies.hero.eyebrow": "Política de cookies",
  "cookies.hero.title": "Os cookies que usamos, todos eles",
  "cookies.hero.lead":
    "Esta lista é gerada a partir do mesmo registro que o nosso código usa para criar cookies, então não pode deixar nenhum de fora.",
  "cookies.categories.title": "Categorias",
  "cookies.category.necessary": "Necessários",
  "cookies.category.preferences": "Preferências",
  "cookies.category.analytics": "Análise",
  "cookies.category.marketing": "Marketing",
  "cookies.categoryBody.necessary":
    "Necessários para o que você pede ao site, como entrar na conta ou lembrar sua escolha sobre cookies. Não precisam de consentimento e não podem ser desativados.",
  "cookies.categoryBody.preferences": "Lembram escolhas que você faz, como o seu idioma.",
  "cookies.categoryBody.analytics":
    "Ajudam a entender como o site é usado. Só com o seu consentimento onde a sua região exige, e nunca quando seu navegador envia o Global Privacy Control.",
  "cookies.categoryBody.marketing":
    "Serviriam para medir campanhas. Hoje não usamos nenhum; se isso mudar, eles aparecerão nesta lista e precisarão do seu consentimento.",
  "cookies.table.title": "A lista",
  "cookies.table.caption": "Todos os cookies criados por este site e pelo CRM",
  "cookies.table.name": "Nome",
  "cookies.table.provider": "Fornecedor",
  "cookies.table.purpose": "Finalidade",
  "cookies.table.category": "Categoria",
  "cookies.table.lifetime": "Duração",
  "cookies.table.when": "Quando é criado",
  "cookies.lifetime.sliding": "{idle} após o último uso, no máximo {max}",
  "cookies.consent.title": "Sua escolha",
  "cookies.consent.body":
    "No Espaço Econômico Europeu, no Reino Unido, na Suíça, no Brasil e onde não conseguirmos saber onde você está, os cookies não necessários aguardam o seu consentimento. Em outros lugares, informamos você sobre eles e você pode recusar. Se seu navegador envia o Global Privacy Control, tratamos isso em todo lugar como recusa de cookies de análise e de marketing.",
  "cookies.consent.proof":
    "Guardamos um registro de cada escolha como prova: um identificador de consentimento aleatório, as categorias escolhidas, a versão do aviso e desta política, seu país, o horário e a forma como você escolheu. Perguntamos de novo após {consent} ou quando esta política mudar.",
  "cookies.consent.change":
    "Você pode mudar ou retirar sua escolha a qualquer momento pelo link Configurações de cookies no rodapé de cada página.",
  "cookies.noTracking.title": "O que fazemos sem cookies",
  "cookies.noTracking.body":
    "Nossas próprias estatísticas vêm do registro de requisições, como totais, e não precisam de cookies. Não usamos impressão digital do navegador nem nenhuma outra forma de contornar sua escolha.",

  "subprocessors.meta.title": "Suboperadores",
  "subprocessors.meta.description":
    "As empresas que tratam dados pessoais para o Abante CRM: finalidade, dados recebidos, onde são tratados e nossos contratos de tratamento de dados.",
  "subprocessors.hero.eyebrow": "Suboperadores",
  "subprocessors.hero.title": "Quem trata dados para nós",
  "subprocessors.hero.lead":
    "Estas empresas tratam dados pessoais em nosso nome, com um contrato de tratamento de dados, apenas para a finalidade indicada.",
  "subprocessors.table.caption": "Suboperadores do Abante CRM",
  "subprocessors.table.name": "Empresa",
  "subprocessors.table.purpose": "Finalidade",
  "subprocessors.table.data": "Dados",
  "subprocessors.table.location": "Localização",
  "subprocessors.table.dpa": "Contrato desde",
  "subprocessors.table.website": "Site",
  "subprocessors.safeguard": "Garantia para a transferência: {safeguard}",
  "subprocessors.usedWhen": "Quando: {condition}",
  "subprocessors.changes":
    "Atualizamos esta lista antes que um novo suboperador comece a trabalhar para nós. Os clientes são avisados com antecedência e podem se opor.",

  "footer.tagline": "O CRM cuja política de privacidade é garantida pelo próprio código.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Idiomas",
  "footer.product": "Produto",
  "footer.legal": "Privacidade e aspectos legais",
  "footer.privacy": "Política de privacidade",
  "footer.cookies": "Política de cookies",
  "footer.subprocessors": "Suboperadores",
  "footer.security": "Segurança",
  "footer.requests": "Pedidos de privacidade",
  "footer.cookieSettings": "Configurações de cookies",
  "footer.geoCredit": "IP Geolocation by DB-IP",

  "notFound.title": "Página não encontrada",
  "notFound.body": "A página que você procura não existe ou foi movida.",
  "notFound.home": "Ir para a página inicial",
  "consent.title": "Cookies neste site",
  "consent.body":
    "Usamos cookies necessários para o site funcionar. Com a sua permissão, também lembraríamos suas preferências e mediríamos as visitas. Nada opcional é ativado até você decidir, e você pode mudar de ideia a qualquer momento em “Configurações de cookies”.",
  "consent.rejectAll": "Rejeitar todos",
  "consent.acceptAll": "Aceitar todos",
  "consent.choose": "Escolher",
  "consent.save": "Salvar escolhas",
  "consent.withdraw": "Retirar o consentimento",
  "consent.necessary": "Necessários",
  "consent.necessaryHelp": "Mantêm o site funcionando e lembram esta decisão. Sempre ativos.",
  "consent.preferences": "Preferências",
  "consent.preferencesHelp": "Lembram escolhas como o seu idioma.",
  "consent.analytics": "Análise",
  "consent.analyticsHelp": "Contam as visitas de forma anônima para melhorar o site.",
  "consent.marketing": "Marketing",
  "consent.marketingHelp": "Medem nossas campanhas.",
  "consent.gpc": "Seu navegador envia Global Privacy Control, então análise e marketing ficam desativados.",
  "consent.policy": "Política de cookies",
  "consent.saved": "Sua escolha foi salva.",
} satisfies Record<keyof typeof en, string>;
