import type { en } from "./en";

export const es = {
  "meta.title": "Abante CRM — el CRM cuya política de privacidad está garantizada por su código",
  "meta.description":
    "Contactos, empresas, oportunidades, mensajes y archivos para tu equipo, con los datos de cada cliente aislados en la base de datos y una exportación o eliminación completa cuando lo pidas.",

  "a11y.skipToContent": "Saltar al contenido",

  "nav.label": "Principal",
  "nav.home": "Página de inicio de Abante CRM",
  "nav.features": "Funciones",
  "nav.privacy": "Privacidad",
  "nav.openCrm": "Abrir el CRM",

  "language.label": "Idioma",

  "home.hero.eyebrow": "CRM centrado en la privacidad",
  "home.hero.title": "El CRM cuya política de privacidad está garantizada por su código",
  "home.hero.lead":
    "Abante CRM reúne tus contactos, empresas, oportunidades, mensajes y archivos en un solo lugar. Cada promesa de nuestra política de privacidad está integrada en el software y comprobada por pruebas automatizadas, no confiada a las buenas intenciones.",
  "home.hero.ctaPrimary": "Empieza una prueba gratuita",
  "home.hero.ctaSecondary": "Abrir el CRM",

  "home.features.title": "Todo aquello con lo que trabaja tu equipo, en un solo lugar",
  "home.features.lead":
    "Un CRM enfocado para equipos en crecimiento: fácil de aprender, rápido de usar y sin nada que no necesites.",
  "home.features.contacts.title": "Contactos",
  "home.features.contacts.body":
    "Todas las personas con las que trabajas, con sus datos, su historial y tus notas en una sola ficha.",
  "home.features.companies.title": "Empresas",
  "home.features.companies.body":
    "Agrupa a las personas por organización y ve de un vistazo cada relación con un cliente.",
  "home.features.deals.title": "Oportunidades",
  "home.features.deals.body":
    "Sigue cada oportunidad a lo largo de tu embudo de ventas, desde la primera llamada hasta el contrato firmado.",
  "home.features.messages.title": "Mensajes",
  "home.features.messages.body":
    "Mantén las conversaciones junto a los contactos y las oportunidades a los que pertenecen.",
  "home.features.files.title": "Archivos",
  "home.features.files.body": "Adjunta propuestas, contratos, imágenes y vídeos donde tu equipo los buscará.",

  "home.privacy.title": "Una privacidad que puedes comprobar, no solo creer",
  "home.privacy.lead":
    "Los datos son tuyos. No son ajustes que podamos cambiar en silencio: así está construido el sistema.",
  "home.privacy.isolation.title": "Aislamiento de clientes en la base de datos",
  "home.privacy.isolation.body":
    "La seguridad a nivel de fila de PostgreSQL mantiene separados los datos de cada cliente, de modo que una cuenta no puede ver los de otra, aunque la aplicación cometa un error.",
  "home.privacy.export.title": "Exporta tus datos cuando quieras",
  "home.privacy.export.body":
    "Descarga una copia de seguridad completa de tu CRM, registros y archivos, desde el panel de control cuando quieras. Sin solicitudes ni esperas.",
  "home.privacy.delete.title": "Elimina tus datos cuando quieras",
  "home.privacy.delete.body":
    "Elimina todo tu CRM desde el panel de control cuando lo decidas. La eliminación la ejecuta el código, no una solicitud al soporte.",

  "home.cta.title": "Compruébalo por ti mismo",
  "home.cta.body": "Configura hoy el CRM de tu equipo y mantén el control total de tus datos desde el primer día.",
  "home.cta.button": "Empieza una prueba gratuita",

  "footer.tagline": "El CRM cuya política de privacidad está garantizada por su código.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Idiomas",

  "notFound.title": "Página no encontrada",
  "notFound.body": "La página que buscas no existe o se ha movido.",
  "notFound.home": "Ir a la página de inicio",
} satisfies Record<keyof typeof en, string>;
