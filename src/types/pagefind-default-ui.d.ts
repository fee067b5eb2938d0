// Pagefind's UI package ships no types; this is the one constructor we call.
declare module '@pagefind/default-ui' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
