// Every message between the extension's parts, as schemas (./validate.ts) validated on receipt (and on sending,
// so a bug shows up at its source). Types come from the schemas; there are no hand-written twins.
//
//   popup -> content (tabs.sendMessage, top frame):  get-state -> TabState,  open-panel -> Ack
//   content -> background (runtime.sendMessage):     set-badge -> Ack,  load-form-kit -> Ack
import { browser, type Runtime } from "./browser.ts";
import { boolean, literal, number, object, string, variants, type Infer } from "./validate.ts";

const count = number({ min: 0, integer: true });

export const findingCountsSchema = object({ error: count, warning: count, info: count });

/** What the popup shows about the current tab. */
export const tabStateSchema = object({
  recognised: boolean(),
  fields: count,
  completeness: number({ min: 0, max: 1 }),
  points: number({ min: 0 }),
  maxPoints: number({ min: 0 }),
  counts: findingCountsSchema,
  frameworkId: string(),
});

export const ackSchema = object({ ok: boolean() });

export const getStateMessageSchema = object({ type: literal("get-state") });
export const openPanelMessageSchema = object({ type: literal("open-panel") });
export const setBadgeMessageSchema = object({ type: literal("set-badge"), count });
/** main.js recognised a form: inject the form kit (content/form.js) into its frame. */
export const loadFormKitMessageSchema = object({ type: literal("load-form-kit") });

export const messageSchema = variants("type", [getStateMessageSchema, openPanelMessageSchema, setBadgeMessageSchema, loadFormKitMessageSchema]);

export const responseSchemas = {
  "get-state": tabStateSchema,
  "open-panel": ackSchema,
  "set-badge": ackSchema,
  "load-form-kit": ackSchema,
} as const;

export type Message = Infer<typeof messageSchema>;
export type MessageType = Message["type"];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type ResponseOf<T extends MessageType> = Infer<(typeof responseSchemas)[T]>;
export type TabState = Infer<typeof tabStateSchema>;
export type FindingCounts = Infer<typeof findingCountsSchema>;
export type Ack = Infer<typeof ackSchema>;

/** Thrown when the other side answers with something that is not the agreed response. */
export class ProtocolError extends Error {
  override name = "ProtocolError";
}

function checkedResponse<T extends MessageType>(type: T, response: unknown): ResponseOf<T> {
  const parsed = responseSchemas[type].safeParse(response);
  if (!parsed.success) throw new ProtocolError(`Invalid "${type}" response: ${parsed.issue}`);
  return parsed.data as ResponseOf<T>;
}

/**
 * Sends a message to the content script in the top frame of a tab and returns its validated answer.
 * Rejects when no content script listens there (a page the extension does not run on) or the
 * answer is malformed.
 */
export async function sendToTab<T extends MessageType>(tabId: number, message: MessageOf<T>): Promise<ResponseOf<T>> {
  const valid = messageSchema.parse(message) as MessageOf<T>;
  const response: unknown = await browser.tabs.sendMessage(tabId, valid, { frameId: 0 });
  return checkedResponse(valid.type, response);
}

/** Sends a message to the background (content -> background) and returns its validated answer. */
export async function sendToBackground<T extends MessageType>(message: MessageOf<T>): Promise<ResponseOf<T>> {
  const valid = messageSchema.parse(message) as MessageOf<T>;
  const response: unknown = await browser.runtime.sendMessage(valid);
  return checkedResponse(valid.type, response);
}

/** One handler per message type this part of the extension answers; the others are left to other parts. */
export type MessageHandlers = {
  [T in MessageType]?: (message: MessageOf<T>, sender: Runtime.MessageSender) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

/**
 * Listens for messages until the signal aborts. Malformed messages and types without a handler get
 * no answer (the listener returns undefined, so another part may answer); a handled message is
 * answered with a Promise of the handler's validated result, as webextension-polyfill expects.
 */
export function onMessage(handlers: MessageHandlers, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    const handler = handlers[message.type] as ((m: Message, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message, sender))
      .then((response) => checkedResponse(message.type, response));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener("abort", () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
