import type { en } from "./en";

export const ptBR = {
  "meta.title": "Abante CRM — o CRM cuja política de privacidade é garantida pelo próprio código",
  "meta.description":
    "Contatos, empresas, negócios, mensagens e arquivos para a sua equipe, com os dados de cada cliente isolados no banco de dados e exportação ou exclusão completa quando você pedir.",

  "a11y.skipToContent": "Pular para o conteúdo",

  "nav.label": "Principal",
  "nav.home": "Página inicial do Abante CRM",
  "nav.features": "Recursos",
  "nav.privacy": "Privacidade",
  "nav.openCrm": "Abrir o CRM",

  "language.label": "Idioma",

  "home.hero.eyebrow": "CRM com a privacidade em primeiro lugar",
  "home.hero.title": "O CRM cuja política de privacidade é garantida pelo próprio código",
  "home.hero.lead":
    "O Abante CRM reúne seus contatos, empresas, negócios, mensagens e arquivos em um só lugar. Cada promessa da nossa política de privacidade está incorporada ao software e comprovada por testes automatizados, em vez de depender de boas intenções.",
  "home.hero.ctaPrimary": "Comece um teste grátis",
  "home.hero.ctaSecondary": "Abrir o CRM",

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

  "home.cta.title": "Veja com seus próprios olhos",
  "home.cta.body":
    "Configure hoje o CRM da sua equipe e mantenha o controle total dos seus dados desde o primeiro dia.",
  "home.cta.button": "Comece um teste grátis",

  "footer.tagline": "O CRM cuja política de privacidade é garantida pelo próprio código.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Idiomas",

  "notFound.title": "Página não encontrada",
  "notFound.body": "A página que você procura não existe ou foi movida.",
  "notFound.home": "Ir para a página inicial",
} satisfies Record<keyof typeof en, string>;
