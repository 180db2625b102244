/** The resolved settings and the interface language's dictionary, from the news-digest integration. */
declare module 'virtual:news-digest/settings' {
  export const settings: import('./config/settings.ts').SiteSettings;
  export const messages: import('./i18n/messages.ts').Messages;
  /** The site's time zone, for browser code, which imports nothing else of the settings. */
  export const timeZone: string;
}

/** The boilerplate patterns file's text and the logo, from the news-digest integration. */
declare module 'virtual:news-digest/assets' {
  export const boilerplateFile: string;
  export const boilerplate: string;
  export const logo: { src: string; width?: number; height?: number; alt: string } | undefined;
}
