import type { en } from "./en";

export const es = {
  "meta.title": "Abante CRM — el CRM cuya política de privacidad está garantizada por su código",
  "meta.titleSuffix": "Abante CRM",
  "meta.description":
    "Contactos, empresas, oportunidades, mensajes y archivos para tu equipo, con los datos de cada cliente aislados en la base de datos y una exportación o eliminación completa cuando lo pidas.",

  "a11y.skipToContent": "Saltar al contenido",

  "nav.label": "Principal",
  "nav.home": "Página de inicio de Abante CRM",
  "nav.features": "Funciones",
  "nav.pricing": "Precios",
  "nav.events": "Eventos",
  "nav.partners": "Socios",
  "nav.contact": "Hablar con ventas",
  "nav.startTrial": "Prueba gratis",
  "nav.signIn": "Iniciar sesión",
  "nav.openCrm": "Abrir el CRM",

  "language.label": "Idioma",

  "home.hero.eyebrow": "CRM centrado en la privacidad",
  "home.hero.title": "El CRM cuya política de privacidad está garantizada por su código",
  "home.hero.lead":
    "Abante CRM reúne tus contactos, empresas, oportunidades, mensajes y archivos en un solo lugar. Cada promesa de nuestra política de privacidad está integrada en el software y comprobada por pruebas automatizadas, no confiada a las buenas intenciones.",
  "home.hero.ctaPrimary": "Empieza una prueba gratuita",
  "home.hero.ctaSecondary": "Ver las funciones",

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
  "home.features.more": "Todas las funciones",

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

  "home.privacy.more": "Lee nuestras promesas",

  "home.local.title": "Cerca de ti",
  "home.local.lead": "Precios en tu moneda, eventos en tu idioma y socios en tu país.",
  "home.local.pricing.title": "Precios sencillos",
  "home.local.pricing.body": "Un precio por usuario y mes, en tu moneda. Empieza con una prueba gratuita.",
  "home.local.pricing.link": "Ver precios",
  "home.local.events.title": "Eventos",
  "home.local.events.body": "Talleres y encuentros, en línea y cerca de ti, para sacar más partido a tu CRM.",
  "home.local.events.link": "Próximos eventos",
  "home.local.partners.title": "Socios locales",
  "home.local.partners.body":
    "Asesores en tu país que ayudan con la puesta en marcha, la importación de datos y la formación.",
  "home.local.partners.link": "Encontrar un socio",

  "home.cta.title": "Compruébalo por ti mismo",
  "home.cta.body": "Configura hoy el CRM de tu equipo y mantén el control total de tus datos desde el primer día.",
  "home.cta.button": "Empieza una prueba gratuita",

  "features.meta.description":
    "Lo que hace Abante CRM: contactos, empresas, oportunidades, mensajes, archivos, equipos, importación y exportación, y los controles de privacidad integrados.",
  "features.hero.eyebrow": "Funciones",
  "features.hero.title": "Un CRM completo, sin las piezas que te vigilan",
  "features.hero.lead":
    "Todo lo que un equipo comercial necesita en el día a día, y controles que dejan los datos de tus clientes en tus manos.",
  "features.work.title": "Para el trabajo diario",
  "features.control.title": "Para quien responde de los datos",
  "features.contacts.title": "Contactos y empresas",
  "features.contacts.body":
    "Una ficha por persona y organización, con varias direcciones de correo y teléfonos, etiquetas, notas y el historial completo de cada conversación.",
  "features.deals.title": "Oportunidades y embudo",
  "features.deals.body":
    "Etapas que tú defines, un tablero para arrastrar las oportunidades, importes en cualquier moneda y una previsión ponderada.",
  "features.activities.title": "Mensajes, llamadas y reuniones",
  "features.activities.body":
    "Registra cada intercambio una vez y velo en el contacto, la empresa y la oportunidad a los que pertenece.",
  "features.files.title": "Archivos, imágenes y vídeos",
  "features.files.body":
    "Adjunta documentos y contenido multimedia a cualquier ficha. Cada archivo se comprueba al subirlo y se guarda con una suma de verificación.",
  "features.search.title": "Búsqueda rápida",
  "features.search.body":
    "Encuentra una persona, una empresa o un teléfono mientras escribes, incluso en bases de datos grandes.",
  "features.team.title": "Tu equipo",
  "features.team.body":
    "Invita a tus colegas como propietarios, administradores o miembros, y mantén un directorio del personal junto a tus clientes.",
  "features.import.title": "Importación y exportación",
  "features.import.body":
    "Trae tus contactos desde hojas de cálculo u otra herramienta, y vuelve a sacarlos en formatos abiertos.",
  "features.languages.title": "Tu idioma",
  "features.languages.body": "El sitio y el producto hablan inglés, español, portugués de Brasil, francés y alemán.",
  "features.isolation.title": "Aislamiento garantizado por la base de datos",
  "features.isolation.body":
    "Los datos de cada cliente se mantienen separados mediante la seguridad a nivel de fila de PostgreSQL, no solo mediante el código de la aplicación.",
  "features.backup.title": "Copia completa, cuando quieras",
  "features.backup.body":
    "Descarga la base de datos completa de tu CRM, archivos incluidos, desde el panel de control. Las exportaciones antiguas se pueden actualizar al formato actual.",
  "features.deletion.title": "Una eliminación que de verdad ocurre",
  "features.deletion.body":
    "Elimina cualquier ficha, o todo tu CRM, desde el panel de control. Las copias de seguridad caducan según un calendario fijo, publicado en nuestra política de privacidad.",
  "features.support.title": "Acceso del soporte solo con tu permiso",
  "features.support.body":
    "Nuestro personal solo puede abrir tu CRM con una autorización limitada en el tiempo, y cada acceso queda en un registro de auditoría que tus administradores pueden leer.",
  "features.cta.title": "Pruébalo con tus propios datos",
  "features.cta.body": "Empieza una prueba gratuita, importa algunos contactos y mira qué tal.",

  "pricing.meta.description":
    "Precios de Abante CRM: tres planes, un precio por usuario y mes, en tu moneda. Empieza con una prueba gratuita.",
  "pricing.hero.eyebrow": "Precios",
  "pricing.hero.title": "Un precio por usuario, nada oculto",
  "pricing.hero.lead":
    "Todos los planes incluyen los controles de privacidad, la exportación completa y la eliminación a petición. Empieza con una prueba gratuita de {days} días, sin tarjeta.",
  "pricing.currency.detected": "Precios en {currency}, según tu ubicación.",
  "pricing.currency.chosen": "Precios en {currency}.",
  "pricing.currency.fallback": "Precios en {currency}.",
  "pricing.currency.switch": "Ver precios en:",
  "pricing.perUser": "por usuario / mes",
  "pricing.yearly": "{price} por usuario / mes con facturación anual",
  "pricing.maxUsers": "Hasta {count} usuarios",
  "pricing.unlimitedUsers": "Usuarios ilimitados",
  "pricing.taxNote":
    "Los precios no incluyen el IVA ni otros impuestos sobre las ventas, que se añaden en la factura cuando corresponda.",
  "pricing.choose": "Empieza una prueba gratuita",
  "pricing.talk": "Hablar con ventas",
  "pricing.popular": "El más elegido",
  "pricing.starter.name": "Starter",
  "pricing.starter.tagline": "Para equipos pequeños que quieren organizarse.",
  "pricing.starter.f1": "Contactos, empresas y oportunidades",
  "pricing.starter.f2": "Mensajes, archivos, imágenes y vídeos",
  "pricing.starter.f3": "Importación y exportación",
  "pricing.starter.f4": "Exportación completa en cualquier momento",
  "pricing.starter.f5": "Ayuda por correo electrónico",
  "pricing.team.name": "Team",
  "pricing.team.tagline": "Para equipos comerciales que trabajan juntos cada día.",
  "pricing.team.f1": "Todo lo de Starter",
  "pricing.team.f2": "Propietarios, administradores y miembros",
  "pricing.team.f3": "Directorio del personal y embudo compartido",
  "pricing.team.f4": "Registro de auditoría de los accesos del soporte",
  "pricing.team.f5": "Ayuda prioritaria por correo electrónico",
  "pricing.business.name": "Business",
  "pricing.business.tagline": "Para empresas que quieren ayuda con la puesta en marcha.",
  "pricing.business.f1": "Todo lo de Team",
  "pricing.business.f2": "Puesta en marcha con un socio local",
  "pricing.business.f3": "Factura anual y pago por transferencia",
  "pricing.business.f4": "Una persona de contacto asignada",
  "pricing.business.f5": "Revisión de nuestro contrato de encargo de tratamiento con tus abogados",
  "pricing.faq.title": "Preguntas sobre precios",
  "pricing.faq.trial.q": "¿Qué pasa cuando termina la prueba?",
  "pricing.faq.trial.a":
    "No se cobra nada automáticamente. Elige un plan para continuar, o deja que la prueba termine y elimina tus datos desde el panel de control.",
  "pricing.faq.card.q": "¿Guardáis mi tarjeta?",
  "pricing.faq.card.a":
    "No. Los datos de la tarjeta van directamente a nuestro procesador de pagos. Solo guardamos sus referencias y nuestras facturas, y nuestros formularios rechazan todo lo que parezca un número de tarjeta.",
  "pricing.faq.cancel.q": "¿Qué pasa con mis datos si cancelo?",
  "pricing.faq.cancel.a":
    "Tu CRM se desactiva durante {grace}, y en ese plazo puedes cambiar de opinión. Después se destruye. Las copias de seguridad caducan en un plazo de {backups}.",
  "pricing.faq.change.q": "¿Puedo cambiar de plan más adelante?",
  "pricing.faq.change.a":
    "Sí, en cualquier momento desde el panel de control. El nuevo precio se aplica a partir del siguiente periodo de facturación.",

  "events.meta.description":
    "Talleres, seminarios web y encuentros sobre Abante CRM, en línea y cerca de ti, en tu idioma.",
  "events.hero.eyebrow": "Eventos",
  "events.hero.title": "Aprende con nosotros, en línea y en persona",
  "events.hero.lead":
    "Talleres, seminarios web y encuentros con nuestro equipo y nuestros socios. Los eventos en tu país aparecen primero.",
  "events.empty": "Ahora mismo no hay eventos próximos. Vuelve pronto.",
  "events.unavailable": "No hemos podido cargar los eventos. Inténtalo de nuevo en un momento; no se ha perdido nada.",
  "events.online": "En línea",
  "events.details": "Detalles e inscripción",
  "events.detailsFor": "Detalles e inscripción: {title}",
  "events.when": "Cuándo",
  "events.where": "Dónde",
  "events.organiser": "Organizador",
  "events.sponsors": "Patrocinadores",
  "events.noSponsors": "Sin patrocinadores",
  "events.language": "Idioma",
  "events.capacity": "Plazas",
  "events.timezoneNote": "Los horarios se muestran en UTC.",
  "events.back": "Todos los eventos",
  "events.notFound.title": "Evento no encontrado",
  "events.notFound.body": "Este evento no existe o ya no está publicado.",
  "events.register.title": "Inscripción",
  "events.register.notice":
    "Al inscribirte, compartimos tu nombre, dirección de correo, teléfono y empresa con el organizador, {organiser}, y con los patrocinadores de este evento: {sponsors}. Anotamos cada transmisión en nuestro registro de comunicaciones de datos.",
  "events.register.noticeNoSponsors":
    "Al inscribirte, compartimos tu nombre, dirección de correo, teléfono y empresa con el organizador, {organiser}. Este evento no tiene patrocinadores. Anotamos la transmisión en nuestro registro de comunicaciones de datos.",
  "events.register.submit": "Inscribirme",
  "events.register.success": "Ya estás inscrito. ¡Nos vemos allí!",
  "events.register.closed": "La inscripción a este evento está cerrada.",

  "partners.meta.description":
    "Encuentra un socio de Abante CRM en tu país para la puesta en marcha, la importación de datos y la formación, o pide que te contacten.",
  "partners.hero.eyebrow": "Socios",
  "partners.hero.title": "Ayuda local de quienes conocen el producto",
  "partners.hero.lead":
    "Nuestros socios configuran CRM, traen los datos desde otras herramientas y forman a los equipos, en tu idioma y en tu país.",
  "partners.in": "Socios en {country}",
  "partners.all": "Nuestros socios",
  "partners.empty": "Todavía no tenemos un socio en {country}. Déjanos tus datos abajo y te buscaremos uno.",
  "partners.emptyNoCountry":
    "No hemos podido saber en qué país estás. Déjanos tus datos abajo y te buscaremos un socio.",
  "partners.unavailable": "No hemos podido cargar la lista de socios. Aun así, puedes pedir que te contacten abajo.",
  "partners.languages": "Idiomas",
  "partners.website": "Sitio web de {name}",
  "partners.request.title": "Quiero que un socio local me contacte",
  "partners.request.lead":
    "Cuéntanos un poco sobre tu equipo y un socio que trabaje en tu país se pondrá en contacto contigo.",
  "partners.request.notice":
    "Transmitimos tu nombre, dirección de correo, teléfono y empresa a un socio que trabaja en tu país o región, y anotamos la transmisión en nuestro registro de comunicaciones de datos. El socio solo los usa para contactarte sobre esta solicitud.",
  "partners.request.submit": "Pedir un socio",
  "partners.request.success": "Gracias. Un socio se pondrá en contacto contigo pronto.",

  "contact.meta.description":
    "Habla con el equipo comercial de Abante CRM sobre planes, migración y tus preguntas de privacidad.",
  "contact.hero.eyebrow": "Hablar con ventas",
  "contact.hero.title": "Habla con una persona",
  "contact.hero.lead":
    "¿Preguntas sobre los planes, sobre cómo pasar desde otro CRM o sobre cómo tratamos los datos? Escríbenos y te responderemos por correo.",
  "contact.notice":
    "Guardamos lo que nos envías como consulta comercial y solo lo usamos para responderte. No se lo pasamos a nadie. Consulta nuestra política de privacidad.",
  "contact.submit": "Enviar mensaje",
  "contact.success": "Gracias. Te responderemos pronto por correo.",
  "contact.aside.title": "También te puede servir",
  "contact.aside.privacy": "Para una solicitud sobre tus datos personales, usa la página de solicitudes de privacidad.",
  "contact.aside.partners": "Para recibir ayuda en persona, pide un socio local.",

  "trial.meta.description": "Crea tu cuenta de Abante CRM y empieza una prueba gratuita. Sin tarjeta.",
  "trial.hero.eyebrow": "Prueba gratuita",
  "trial.hero.title": "Empieza tu prueba gratuita",
  "trial.hero.lead": "{days} días gratis, sin tarjeta. Tu CRM está listo en cuanto confirmas tu dirección de correo.",
  "trial.form.title": "Crea tu cuenta",
  "trial.notice":
    "Solo pedimos lo necesario para gestionar tu cuenta: tu nombre, empresa, dirección de correo y contraseña, y si quieres un teléfono. Tu sector y tus intereses nos ayudan a mejorar el producto. También anotamos el idioma de tu navegador y el país desde el que te registras.",
  "trial.submit": "Crear cuenta",
  "trial.success.title": "Revisa tu bandeja de entrada",
  "trial.success.body":
    "Hemos enviado un enlace de confirmación a {email}. Ábrelo para confirmar tu dirección y después inicia sesión para empezar a usar tu CRM.",
  "trial.success.signIn": "Ir a iniciar sesión",
  "trial.haveAccount": "¿Ya tienes una cuenta?",
  "trial.signIn": "Inicia sesión",
  "trial.sector": "Sector",
  "trial.sector.choose": "Elige tu sector",
  "trial.interests": "¿Qué te interesa de Abante CRM?",
  "trial.interests.hint": "Elige todos los que quieras, o ninguno.",
  "trial.password.hint": "Al menos {min} caracteres. Unas cuantas palabras poco comunes forman una contraseña robusta.",

  "sector.agency": "Agencia (marketing, diseño, medios)",
  "sector.consulting": "Consultoría y servicios profesionales",
  "sector.education": "Educación y formación",
  "sector.finance": "Finanzas y seguros",
  "sector.healthcare": "Salud",
  "sector.hospitality": "Hostelería y turismo",
  "sector.manufacturing": "Industria",
  "sector.nonprofit": "Sin ánimo de lucro",
  "sector.publicSector": "Sector público",
  "sector.realEstate": "Inmobiliario",
  "sector.retail": "Comercio minorista y electrónico",
  "sector.software": "Software e informática",
  "sector.wholesale": "Comercio mayorista y distribución",
  "sector.other": "Otro",

  "interest.contacts": "Tener contactos y empresas en un solo lugar",
  "interest.deals": "Seguir oportunidades y ventas",
  "interest.messages": "Mensajes y correo con los clientes",
  "interest.files": "Archivos, imágenes y vídeos",
  "interest.team": "Trabajar en equipo",
  "interest.privacy": "Privacidad y protección de datos",
  "interest.import": "Traer datos desde otra herramienta",
  "interest.api": "Integraciones y la API",

  "form.name": "Tu nombre",
  "form.email": "Dirección de correo",
  "form.phone": "Teléfono",
  "form.company": "Empresa",
  "form.companyName": "Nombre de la empresa",
  "form.password": "Contraseña",
  "form.message": "Mensaje",
  "form.optional": "opcional",
  "form.requiredNote": "Todos los campos son obligatorios salvo los marcados como opcionales.",
  "form.sending": "Enviando…",
  "form.noscript":
    "Este formulario necesita JavaScript para su control antispam: un breve cálculo en tu navegador, sin rastreo ni terceros.",
  "form.error.name": "Escribe tu nombre.",
  "form.error.email": "Escribe una dirección de correo válida.",
  "form.error.phone": "Escribe un teléfono usando solo cifras, espacios y + ( ) - .",
  "form.error.company": "Escribe el nombre de tu empresa.",
  "form.error.message": "Escribe un mensaje breve.",
  "form.error.password": "Elige una contraseña más larga y difícil de adivinar.",
  "form.error.sector": "Elige un sector.",
  "form.error.kind": "Elige qué quieres que hagamos.",
  "form.error.generic": "Algo ha fallado por nuestra parte. Inténtalo de nuevo en un momento.",
  "form.error.network": "No hemos podido conectar con nuestro servidor. Comprueba tu conexión e inténtalo de nuevo.",
  "form.error.rateLimited": "Demasiados intentos. Espera unos minutos e inténtalo de nuevo.",
  "form.error.botCheck": "El control antispam no ha terminado. Espera a que acabe y vuelve a enviar.",
  "form.error.invalid": "Corrige los campos señalados.",
  "form.error.cardNumber": "Quita el número de tarjeta: nunca aceptamos datos de tarjetas en nuestros formularios.",

  "altcha.label": "No soy un robot",
  "altcha.verifying": "Comprobando…",
  "altcha.verified": "Comprobado",
  "altcha.error": "La comprobación ha fallado. Inténtalo de nuevo.",
  "altcha.expired": "La comprobación ha caducado. Inténtalo de nuevo.",
  "altcha.waitAlert": "Comprobando… espera un momento.",

  "requests.meta.description":
    "Pide una copia de tus datos personales, su corrección o su eliminación, u oponte a su uso. Cualquiera puede pedirlo, con o sin cuenta.",
  "requests.hero.eyebrow": "Solicitudes de privacidad",
  "requests.hero.title": "Tus datos, tu solicitud",
  "requests.hero.lead":
    "Pide una copia de tus datos, su corrección o su eliminación, u oponte a cómo los usamos. No necesitas una cuenta.",
  "requests.how.title": "Cómo funciona",
  "requests.how.verify":
    "Enviamos un enlace a la dirección de correo que indiques. Al abrirlo demuestras que la dirección es tuya, así nadie puede pedir los datos de otra persona.",
  "requests.how.deadline":
    "Respondemos en un plazo de {deadline} desde tu confirmación, y te avisamos si necesitamos más tiempo y por qué.",
  "requests.how.account":
    "¿Tienes una cuenta? Puedes ver, corregir, descargar o eliminar tus datos tú mismo en los ajustes de tu cuenta.",
  "requests.how.accountLink": "Abrir los ajustes de la cuenta",
  "requests.how.customer":
    "Si tus datos están en el CRM de uno de nuestros clientes (por ejemplo, eres contacto de una empresa que usa Abante), es esa empresa quien decide sobre ellos. Escríbele primero; le ayudaremos a responder.",
  "requests.kind": "¿Qué quieres que hagamos?",
  "requests.kind.choose": "Elige una solicitud",
  "requests.kind.access": "Enviarme una copia de mis datos",
  "requests.kind.rectification": "Corregir mis datos",
  "requests.kind.erasure": "Eliminar mis datos",
  "requests.kind.objection": "Dejar de usar mis datos para una finalidad",
  "requests.message": "Detalles",
  "requests.message.hint": "Por ejemplo, qué hay que corregir o a qué uso te opones.",
  "requests.submit": "Enviar solicitud",
  "requests.success":
    "Casi listo: revisa tu bandeja de entrada y abre el enlace que te hemos enviado para confirmar la solicitud.",
  "requests.notice":
    "Solo usamos lo que escribas aquí para tramitar esta solicitud, y lo guardamos como prueba de que lo hicimos.",

  "security.meta.description":
    "Cómo protege Abante CRM tus datos: cifrado, contraseñas y tokens con hash, aislamiento en la base de datos, acceso limitado del soporte y copias de seguridad inalterables.",
  "security.hero.eyebrow": "Seguridad",
  "security.hero.title": "Una seguridad que forma parte del diseño",
  "security.hero.lead":
    "La protección está integrada en cómo la plataforma guarda, aísla y transmite los datos, y cada medida se comprueba con pruebas automatizadas.",
  "security.transport.title": "Conexiones cifradas",
  "security.transport.body":
    "Todas las conexiones usan HTTPS, y se indica a los navegadores que nunca usen otra cosa. Las páginas no cargan scripts de otros sitios.",
  "security.passwords.title": "Contraseñas que nadie puede leer",
  "security.passwords.body":
    "Las contraseñas se guardan solo como hash argon2id, con los parámetros que recomiendan los expertos en seguridad. Se rechazan las contraseñas habituales y las filtradas.",
  "security.sessions.title": "Sesiones y enlaces",
  "security.sessions.body":
    "Tu cookie de sesión contiene un token aleatorio; solo guardamos su hash. Una sesión termina {idle} después de tu última actividad y como máximo {max} después de iniciarla. Los enlaces de un solo uso caducan pronto y después se eliminan.",
  "security.isolation.title": "Aislamiento en la base de datos",
  "security.isolation.body":
    "El CRM de cada cliente está separado por la seguridad a nivel de fila de PostgreSQL, y la aplicación funciona con un rol de base de datos que no puede saltársela.",
  "security.access.title": "Acceso del soporte bajo tu control",
  "security.access.body":
    "Nuestro personal no puede abrir tu CRM sin una autorización limitada en el tiempo. Cada acceso queda en un registro de auditoría a prueba de manipulaciones que tus administradores pueden leer.",
  "security.backups.title": "Copias de seguridad inalterables",
  "security.backups.body":
    "Las copias de seguridad no se pueden modificar ni borrar antes de caducar, y se destruyen automáticamente al cabo de {backups}. Solo se usan para restaurar datos y comprobar que la restauración funciona.",
  "security.abuse.title": "Protección contra abusos",
  "security.abuse.body":
    "El inicio de sesión, el registro y todos los formularios públicos tienen límites de frecuencia. Los formularios usan una prueba de trabajo que se ejecuta en tu navegador, sin rastreo ni terceros.",
  "security.hosting.title": "Alojamiento",
  "security.hosting.body": "La plataforma funciona en servidores de {provider} en {countries}.",
  "security.report.title": "¿Has encontrado una vulnerabilidad?",
  "security.report.body":
    "Avísanos mediante el formulario de contacto antes de hacerla pública. Confirmaremos la recepción, te mantendremos informado y te mencionaremos si lo deseas.",
  "security.report.link": "Contactar",

  "legal.updated": "Versión del {date}",
  "legal.onThisPage": "En esta página",
  "legal.firstParty": "Propia",
  "legal.thirdParty": "De terceros",
  "legal.seeAlso": "Ver también",
  "legal.labelled": "{label}: {value}",

  "privacy.meta.title": "Política de privacidad",
  "privacy.meta.description":
    "Cómo recoge, usa, comparte y elimina Abante CRM los datos personales, y cómo puedes ejercer tus derechos. Cada promesa está garantizada por el código.",
  "privacy.hero.eyebrow": "Política de privacidad",
  "privacy.hero.title": "Nuestra política de privacidad, en palabras sencillas",
  "privacy.hero.lead":
    "Esta política es una lista de promesas. Cada una está integrada en el software y comprobada por una prueba automatizada, así que lo que lees aquí es lo que hace el código.",
  "privacy.who.title": "Quién es responsable",
  "privacy.who.body":
    "Abante CRM gestiona este sitio web y la plataforma CRM y decide cómo se usan los datos descritos aquí: para esos datos somos el responsable del tratamiento. Los datos que nuestros clientes guardan en su propio CRM son suyos: de ellos el responsable es el cliente, y nosotros solo los tratamos siguiendo sus instrucciones.",
  "privacy.who.contact": "Preguntas o solicitudes sobre tus datos: usa nuestra página de solicitudes de privacidad.",
  "privacy.howToRead":
    "Cada promesa lleva un número, como P26. Nuestras pruebas automatizadas llevan los mismos números, de modo que cada promesa se puede seguir hasta el código que la cumple.",
  "privacy.group.collection": "Qué recogemos",
  "privacy.group.use": "Cómo lo usamos",
  "privacy.group.rights": "Tus derechos",
  "privacy.group.security": "Seguridad",
  "privacy.group.retention": "Cuánto tiempo lo guardamos",
  "privacy.group.cookies": "Cookies",
  "privacy.p1.title": "Datos de registro",
  "privacy.p1.body":
    "Cuando te registras, te pedimos tu nombre, el nombre de tu empresa, tu dirección de correo y una contraseña, y de forma opcional un teléfono, tu sector y lo que te interesa del producto. Solo pedimos una dirección postal si solicitas una factura. También anotamos el idioma de tu navegador y el país desde el que te registras.",
  "privacy.p2.title": "Formularios de contacto",
  "privacy.p2.body":
    "Cuando escribes a nuestro equipo comercial, guardamos tu nombre, dirección de correo, empresa, mensaje y, si lo indicas, tu teléfono, para poder responderte.",
  "privacy.p3.title": "Nunca datos bancarios",
  "privacy.p3.body":
    "Los pagos pasan por nuestro procesador de pagos. Solo guardamos sus referencias (cliente, suscripción, medio de pago) y nuestras facturas. Todo lo que escribas que parezca un número de tarjeta se rechaza y no se escribe en ninguna parte, ni siquiera en nuestros registros.",
  "privacy.p4.title": "Idioma y país",
  "privacy.p4.body":
    "En tu primera visita leemos el idioma preferido de tu navegador y deducimos tu país a partir de tu dirección IP, para mostrarte el sitio en tu idioma con precios, socios y eventos de tu país. Un idioma que elijas tú siempre tiene prioridad.",
  "privacy.p5.title": "Registro de solicitudes",
  "privacy.p5.body":
    "De cada solicitud a nuestro sitio web y a la API anotamos la dirección IP, la fecha y la hora, el navegador y su versión, el sistema operativo, el tipo de dispositivo, la página de origen, la página solicitada, el país y el idioma. Lo usamos con fines estadísticos, de seguridad y legales, y lo eliminamos al cabo de {period}.",
  "privacy.p6.title": "Cookie de sesión",
  "privacy.p6.body":
    "Cuando inicias sesión, tu navegador recibe una cookie con un token aleatorio y nada más. Solo guardamos un hash del token, así que ni siquiera nuestra base de datos sirve para iniciar sesión en tu nombre.",
  "privacy.p7.title": "Protección de formularios",
  "privacy.p7.body":
    "Nuestros formularios públicos comprueban que los envía una persona mediante un pequeño cálculo que hace tu navegador. No interviene ningún tercero y solo guardamos el resultado de la comprobación.",
  "privacy.p8.title": "Tu propia base de datos CRM",
  "privacy.p8.body":
    "Cada cliente tiene su propio CRM: empleados, contactos, empresas, mensajes, imágenes y vídeos. Esos datos pertenecen al cliente, que tiene pleno control sobre ellos.",
  "privacy.p9.title": "Servicio de actualización de bases de datos",
  "privacy.p9.body":
    "Puedes subir una exportación hecha con una versión anterior para actualizarla. Lo que subes y el resultado se eliminan automáticamente en cuanto recoges el resultado, tras un breve plazo, o antes si lo pides.",
  "privacy.p10.title": "Los datos de la cuenta sirven al servicio",
  "privacy.p10.body":
    "Usamos los datos de tu cuenta para prestar el servicio, atender tus solicitudes, facturarte y gestionar tu cuenta. Nada más.",
  "privacy.p11.title": "Marketing solo si lo aceptas",
  "privacy.p11.body":
    "Solo enviamos correos de marketing si te has suscrito. Cada uno lleva un enlace para darse de baja con un clic que funciona, y una dirección dada de baja no recibe más marketing.",
  "privacy.p12.title": "Tendencias, nunca personas",
  "privacy.p12.body":
    "Nuestras estadísticas son totales sin datos personales, y se omite cualquier grupo de menos de {k} visitantes, para que nadie pueda ser identificado.",
  "privacy.p13.title": "Eventos",
  "privacy.p13.body":
    "Si te inscribes en un evento, tu nombre, dirección de correo, teléfono y empresa se comunican a su organizador y patrocinadores. El formulario los nombra antes de que lo envíes, y anotamos cada transmisión.",
  "privacy.p14.title": "Socios locales",
  "privacy.p14.body":
    "Si pides ayuda local, o nos dices que te interesa, transmitimos tu nombre, dirección de correo, teléfono y empresa a un socio que trabaja en tu país o región, y anotamos la derivación.",
  "privacy.p15.title": "Los datos de navegación siguen siendo anónimos",
  "privacy.p15.body":
    "Analizamos el registro de solicitudes sin vincularlo a personas. Nuestro personal solo puede vincular una entrada a una persona por un motivo de seguridad o legal, y debe dejar constancia del motivo.",
  "privacy.p16.title": "Acceso limitado del soporte",
  "privacy.p16.body":
    "Nuestro personal solo puede leer el CRM de un cliente con una autorización de acceso limitada en el tiempo: a petición del cliente, por una incidencia de soporte, por seguridad o porque la ley lo exige. Cada acceso queda en un registro de auditoría que los administradores del cliente pueden leer.",
  "privacy.p17.title": "Consulta y actualiza tus datos",
  "privacy.p17.body": "Puedes ver y corregir los datos de tu cuenta en cualquier momento en los ajustes de tu cuenta.",
  "privacy.p18.title": "Eliminación de la cuenta",
  "privacy.p18.body":
    "Puedes pedir que se elimine tu cuenta. Lo hacemos en un plazo de {deadline}, eliminando o anonimizando todos tus datos personales salvo los registros de facturación que la ley nos obliga a conservar.",
  "privacy.p19.title": "Los clientes mantienen el control",
  "privacy.p19.body":
    "Un administrador del CRM de un cliente puede modificar o eliminar cualquier dato personal que contenga.",
  "privacy.p20.title": "Exportación completa",
  "privacy.p20.body":
    "Los clientes pueden descargar en cualquier momento una copia completa de la base de datos de su CRM desde el panel de control.",
  "privacy.p21.title": "Eliminación completa",
  "privacy.p21.body": "Los clientes pueden eliminar toda la base de datos de su CRM desde el panel de control.",
  "privacy.p22.title": "Solicitudes de cualquier persona",
  "privacy.p22.body":
    "Las personas sin cuenta, como quienes escribieron a ventas o se inscribieron en un evento, pueden pedir acceso, rectificación o supresión, u oponerse a un uso, tras confirmar su dirección de correo. Respondemos en un plazo de {deadline}.",
  "privacy.p23.title": "Protección",
  "privacy.p23.body":
    "Las contraseñas se guardan con hash argon2id; los tokens de sesión y de un solo uso se guardan solo como hash; los datos de los clientes están separados por la propia base de datos, no solo por nuestro código; y las acciones importantes dejan un rastro de auditoría.",
  "privacy.p24.title": "Encargados del tratamiento",
  "privacy.p24.body":
    "Las empresas que tratan datos personales por cuenta nuestra figuran en una lista pública, con su finalidad, los datos que reciben, dónde los tratan y la fecha de nuestro contrato de encargo de tratamiento.",
  "privacy.p25.title": "Datos de la cuenta",
  "privacy.p25.body":
    "Conservamos los datos de la cuenta mientras sean necesarios para ella. Las facturas y los registros de facturación se conservan durante el plazo legal, {billing} salvo que tu país exija otra cosa.",
  "privacy.p26.title": "Registro de solicitudes",
  "privacy.p26.body":
    "Las entradas del registro de solicitudes se eliminan al cabo de {period}, salvo que se necesiten por un incidente de seguridad o una retención legal registrados.",
  "privacy.p27.title": "Sesiones",
  "privacy.p27.body":
    "Una sesión termina {idle} después de tu última actividad y como muy tarde {max} después de iniciarla.",
  "privacy.p28.title": "Clientes que cancelan",
  "privacy.p28.body":
    "Un CRM cancelado se desactiva durante un periodo de gracia de {grace}, en el que se puede reactivar. Después se destruye.",
  "privacy.p29.title": "Copias de seguridad",
  "privacy.p29.body":
    "Las copias de seguridad no se pueden modificar, se conservan como máximo {backups} y después se destruyen automáticamente. Eliminar datos de la base de datos en uso no reescribe las copias; solo se usan para restaurar datos y comprobar que funcionan.",
  "privacy.p30.title": "No vendemos datos",
  "privacy.p30.body":
    "Los datos personales solo salen de la plataforma por los canales que se indican aquí: organizadores y patrocinadores de eventos, socios locales y nuestros encargados del tratamiento. Cada transmisión queda registrada. Por lo demás, solo compartimos totales y datos anónimos.",
  "privacy.p31.title": "Consentimiento de cookies",
  "privacy.p31.body":
    "Las cookies se agrupan en necesarias, de preferencias, de análisis y de marketing. Donde la ley de tu región lo exige, solo se usan cookies necesarias hasta que aceptes más. Rechazar es tan fácil como aceptar; guardamos un registro de tu elección como prueba, volvemos a preguntarte al cabo de {consent} o cuando cambie esta política, y puedes cambiar de opinión en cualquier momento.",
  "privacy.p32.title": "Política de cookies",
  "privacy.p32.body":
    "Nuestra política de cookies enumera cada cookie con su nombre, finalidad, categoría, duración y proveedor, y se genera a partir de la misma lista que usa nuestro código para crearlas.",
  "privacy.dataMap.title": "Qué guardamos y durante cuánto tiempo",
  "privacy.dataMap.lead":
    "Cada lugar donde se guardan datos personales, tomado del mismo mapa de datos que usan nuestras tareas de exportación, eliminación y limpieza.",
  "privacy.dataMap.dataSet": "Datos",
  "privacy.dataMap.categories": "Qué contienen",
  "privacy.dataMap.controller": "Quién decide",
  "privacy.dataMap.retention": "Cuánto tiempo",
  "privacy.controller.abante": "Abante CRM",
  "privacy.controller.customer": "El cliente al que pertenece el CRM",
  "privacy.recipients.title": "Quién más recibe datos",
  "privacy.recipients.body":
    "Nuestros encargados del tratamiento, para las finalidades indicadas en su página; el organizador y los patrocinadores de un evento en el que te inscribas; y el socio local que pidas. Nadie más, y nunca a cambio de dinero.",
  "privacy.recipients.link": "Ver la lista de encargados del tratamiento",
  "privacy.rights.title": "Cómo ejercer tus derechos",
  "privacy.rights.body":
    "Puedes pedir una copia de tus datos, su rectificación o supresión, u oponerte a un uso, en nuestra página de solicitudes de privacidad o en los ajustes de tu cuenta. También puedes reclamar ante la autoridad de protección de datos de tu país.",
  "privacy.rights.link": "Hacer una solicitud de privacidad",
  "privacy.changes.title": "Cambios en esta política",
  "privacy.changes.body":
    "Cuando esta política cambia de forma sustancial, recibe una nueva fecha de versión y te volvemos a preguntar por tus preferencias de cookies.",

  "retention.account":
    "Mientras tengas una cuenta. Tras una solicitud de eliminación, se eliminan o anonimizan en un plazo de {deadline}; los registros de facturación se conservan {billing}.",
  "retention.session":
    "Termina {idle} después de tu última actividad, como muy tarde {max} después de iniciarla; después se elimina.",
  "retention.oneTimeToken":
    "Se eliminan al caducar: los enlaces de confirmación al cabo de {verify}, los de restablecimiento de contraseña al cabo de {reset} y las invitaciones al cabo de {invite}.",
  "retention.securityCounter":
    "Se eliminan automáticamente en cuanto dejan de contar para el límite de inicios de sesión.",
  "retention.sentMail": "Se conservan como constancia de lo que te enviamos, y se eliminan con tu cuenta.",
  "retention.requestLog":
    "Se eliminan al cabo de {period}, salvo que los cubra un incidente de seguridad o una retención legal registrados.",
  "retention.consent":
    "Se conserva como prueba de tu elección. Una elección vale {consent} y después se vuelve a preguntar; la prueba se elimina cuando nos pides borrar tus datos.",
  "retention.lead": "Se conservan mientras damos seguimiento a tu solicitud, y se eliminan cuando lo pides.",
  "retention.eventRegistration": "Se conservan para el evento y su seguimiento, y se eliminan cuando lo pides.",
  "retention.disclosure":
    "Se conserva como constancia de quién recibió tus datos. Solo contiene un hash de tu dirección de correo, no la dirección.",
  "retention.privacyRequest":
    "Se conserva como prueba de que tramitamos tu solicitud. Respondemos en un plazo de {deadline}.",
  "retention.listing": "Se conservan mientras el socio, organizador o patrocinador figure en nuestro sitio.",
  "retention.legalHold": "Se conservan mientras dure la retención, y después se liberan.",
  "retention.customerData":
    "Lo decide el cliente, que puede modificarlos o eliminarlos en cualquier momento. Tras una cancelación, se conservan durante un periodo de gracia de {grace} y después se destruyen; las copias de seguridad caducan en un plazo de {backups}.",

  "cookies.meta.title": "Política de cookies",
  "cookies.meta.description":
    "Todas las cookies que usa Abante CRM, con su nombre, finalidad, categoría, duración y proveedor, y cómo cambiar tu elección.",
  "cookies.hero.eyebrow": "Política de cookies",
  "cookies.hero.title": "Las cookies que usamos, todas",
  "cookies.hero.lead":
    "Esta lista se genera a partir del mismo registro que usa nuestro código para crear las cookies, así que no puede omitir ninguna.",
  "cookies.categories.title": "Categorías",
  "cookies.category.necessary": "Necesarias",
  "cookies.category.preferences": "Preferencias",
  "cookies.category.analytics": "Análisis",
  "cookies.category.marketing": "Marketing",
  "cookies.categoryBody.necessary":
    "Hacen falta para lo que le pides al sitio, como iniciar sesión o recordar tu elección sobre cookies. No requieren consentimiento y no se pueden desactivar.",
  "cookies.categoryBody.preferences": "Recuerdan elecciones que haces, como tu idioma.",
  "cookies.categoryBody.analytics":
    "Nos ayudan a entender cómo se usa el sitio. Solo con tu consentimiento donde tu región lo exige, y nunca cuando tu navegador envía Global Privacy Control.",
  "cookies.categoryBody.marketing":
    "Servirían para medir campañas. Hoy no usamos ninguna; si eso cambia, aparecerán en esta lista y necesitarán tu consentimiento.",
  "cookies.table.title": "La lista",
  "cookies.table.caption": "Todas las cookies que crean este sitio y el CRM",
  "cookies.table.name": "Nombre",
  "cookies.table.provider": "Proveedor",
  "cookies.table.purpose": "Finalidad",
  "cookies.table.category": "Categoría",
  "cookies.table.lifetime": "Duración",
  "cookies.table.when": "Cuándo se crea",
  "cookies.lifetime.sliding": "{idle} desde el último uso, como máximo {max}",
  "cookies.consent.title": "Tu elección",
  "cookies.consent.body":
    "En el Espacio Económico Europeo, el Reino Unido, Suiza, Brasil y dondequiera que no podamos saber dónde estás, las cookies no necesarias esperan a tu consentimiento. En otros lugares te informamos sobre ellas y puedes rechazarlas. Si tu navegador envía Global Privacy Control, lo tratamos en todas partes como un rechazo de las cookies de análisis y de marketing.",
  "cookies.consent.proof":
    "Guardamos un registro de cada elección como prueba: un identificador de consentimiento aleatorio, las categorías elegidas, la versión del aviso y de esta política, tu país, la hora y cómo elegiste. Volvemos a preguntarte al cabo de {consent} o cuando cambie esta política.",
  "cookies.consent.change":
    "Puedes cambiar o retirar tu elección en cualquier momento con el enlace Ajustes de cookies al pie de cada página.",
  "cookies.noTracking.title": "Lo que hacemos sin cookies",
  "cookies.noTracking.body":
    "Nuestras propias estadísticas salen del registro de solicitudes en forma de totales y no necesitan cookies. No usamos huellas digitales del navegador ni ningún otro medio para eludir tu elección.",

  "subprocessors.meta.title": "Encargados del tratamiento",
  "subprocessors.meta.description":
    "Las empresas que tratan datos personales por cuenta de Abante CRM: su finalidad, los datos que reciben, dónde los tratan y nuestros contratos de encargo.",
  "subprocessors.hero.eyebrow": "Encargados del tratamiento",
  "subprocessors.hero.title": "Quién trata datos por nosotros",
  "subprocessors.hero.lead":
    "Estas empresas tratan datos personales por cuenta nuestra, con un contrato de encargo de tratamiento, y solo para la finalidad indicada.",
  "subprocessors.table.caption": "Encargados del tratamiento de Abante CRM",
  "subprocessors.table.name": "Empresa",
  "subprocessors.table.purpose": "Finalidad",
  "subprocessors.table.data": "Datos",
  "subprocessors.table.location": "Ubicación",
  "subprocessors.table.dpa": "Contrato desde",
  "subprocessors.table.website": "Sitio web",
  "subprocessors.safeguard": "Garantía para la transferencia: {safeguard}",
  "subprocessors.usedWhen": "Cuándo: {condition}",
  "subprocessors.changes":
    "Actualizamos esta lista antes de que un nuevo encargado empiece a trabajar para nosotros. Los clientes reciben aviso previo y pueden oponerse.",

  "footer.tagline": "El CRM cuya política de privacidad está garantizada por su código.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Idiomas",
  "footer.product": "Producto",
  "footer.legal": "Privacidad y aspectos legales",
  "footer.privacy": "Política de privacidad",
  "footer.cookies": "Política de cookies",
  "footer.subprocessors": "Encargados del tratamiento",
  "footer.security": "Seguridad",
  "footer.requests": "Solicitudes de privacidad",
  "footer.cookieSettings": "Ajustes de cookies",
  "footer.geoCredit": "IP Geolocation by DB-IP",

  "notFound.title": "Página no encontrada",
  "notFound.body": "La página que buscas no existe o se ha movido.",
  "notFound.home": "Ir a la página de inicio",
  "consent.title": "Cookies en este sitio",
  "consent.body":
    "Usamos cookies necesarias para que el sitio funcione. Con tu permiso también recordaríamos tus preferencias y mediríamos las visitas. No se activa nada opcional hasta que decidas, y puedes cambiar de opinión en cualquier momento en «Configuración de cookies».",
  "consent.rejectAll": "Rechazar todas",
  "consent.acceptAll": "Aceptar todas",
  "consent.choose": "Elegir",
  "consent.save": "Guardar selección",
  "consent.withdraw": "Retirar el consentimiento",
  "consent.necessary": "Necesarias",
  "consent.necessaryHelp": "Hacen funcionar el sitio y recuerdan esta decisión. Siempre activas.",
  "consent.preferences": "Preferencias",
  "consent.preferencesHelp": "Recuerdan opciones como tu idioma.",
  "consent.analytics": "Analítica",
  "consent.analyticsHelp": "Cuentan las visitas de forma anónima para mejorar el sitio.",
  "consent.marketing": "Marketing",
  "consent.marketingHelp": "Miden nuestras campañas.",
  "consent.gpc":
    "Tu navegador envía Global Privacy Control, así que la analítica y el marketing permanecen desactivados.",
  "consent.policy": "Política de cookies",
  "consent.saved": "Tu elección se ha guardado.",
} satisfies Record<keyof typeof en, string>;
