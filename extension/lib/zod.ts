// zod/mini configured for content scripts: `jitless` must be set before any schema is built so zod
// never probes `new Function`, which a portal's CSP would report or block. Every extension module
// imports zod from here, so the order is guaranteed by the module graph.
import * as z from "zod/mini";

z.config({ jitless: true });

export { z };
