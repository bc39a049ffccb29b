import type { APIMessage, APIUser } from 'discord.js';
import type { MessageBody } from './discord-limits.js';
import type { FakeDiscord } from './fake-discord.js';
import {
  type CommandOptionValue,
  commandData,
  type Languages,
  makeInteraction,
  makeMessage,
  snowflake,
} from './fake-discord-payloads.js';

// Interactions as Discord runs them: dispatch INTERACTION_CREATE, accept one
// callback per interaction (then webhook edits and follow-ups with its token),
// and keep every message the bot made so tests can click their buttons.
// Callback types: https://discord.com/developers/docs/interactions/receiving-and-responding

const CALLBACK = { reply: 4, deferReply: 5, deferUpdate: 6, update: 7, autocomplete: 8 };
const LOADING = 128;
/** A guard so a broken bot fails a test with a message instead of hanging it (not a timing check). */
const GIVE_UP_MS = 10_000;

export type SentBody = MessageBody & {
  flags?: number;
  allowed_mentions?: { parse?: string[] };
  [key: string]: unknown;
};

export interface SentMessage {
  route: 'callback' | 'edit' | 'follow-up';
  interactionId: string;
  body: SentBody;
}

export interface InteractionResult {
  id: string;
  /** The first callback: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete. */
  callbackType: number;
  /** What the user finally sees: the callback's data, or the edit/follow-up after a defer. */
  body: SentBody;
  /** The message as Discord stores it (with its id), to click its buttons. */
  message?: APIMessage;
  choices?: { name: string; value: string | number }[];
  /** Every message body sent for this interaction, in order. */
  sent: SentMessage[];
  /** performance.now() when INTERACTION_CREATE went out and when the first callback came in (for the bench). */
  timing: { dispatchedAt: number; answeredAt: number };
}

interface State {
  id: string;
  token: string;
  sourceMessageId?: string;
  originalId?: string;
  callbackType?: number;
  sent: SentMessage[];
  settle: (result: InteractionResult) => void;
  dispatchedAt: number;
  answeredAt: number;
}

type Answer = [number, unknown];
const unknownInteraction: Answer = [404, { code: 10062, message: 'Unknown interaction' }];
const invalidBody = (problems: string[]): Answer => [
  400,
  { code: 50035, message: 'Invalid Form Body', errors: problems },
];

/** The answer, or a rejection saying what arrived if none came in GIVE_UP_MS. */
async function giveUpAfter<T>(answer: Promise<T>, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const giveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(describe())), GIVE_UP_MS);
  });
  try {
    return await Promise.race([answer, giveUp]);
  } finally {
    clearTimeout(timer);
  }
}

export class FakeInteractions {
  /** Every message body the bot sent, across all interactions. */
  readonly sent: SentMessage[] = [];
  readonly messages = new Map<string, APIMessage>();
  private readonly states = new Map<string, State>();
  private readonly commandId = snowflake();

  constructor(private readonly discord: FakeDiscord) {}

  /** Forgets answered interactions, sent bodies and stored messages (between bench rounds). */
  reset(): void {
    this.sent.length = 0;
    this.messages.clear();
    this.states.clear();
  }

  dispatchCommand(
    subcommand: string,
    options: Record<string, CommandOptionValue>,
    at = Date.now(),
  ) {
    return this.dispatch(2, commandData(this.commandId, 'assay', subcommand, options), at);
  }

  /** `/<command> <subcommand>` from a given member: who, and with which permissions. */
  dispatchCommandAs(
    as: { command: string; user?: APIUser; permissions?: string; locales?: Languages },
    subcommand: string,
    options: Record<string, string | number> = {},
    at = Date.now(),
  ) {
    const data = commandData(this.commandId, as.command, subcommand, options);
    const { user, permissions, locales } = as;
    return this.dispatch(2, data, at, { user, permissions, locales });
  }

  dispatchAutocomplete(
    subcommand: string,
    options: Record<string, string | number>,
    focused: string,
  ) {
    return this.dispatch(4, commandData(this.commandId, 'assay', subcommand, options, focused));
  }

  dispatchButton(
    message: APIMessage,
    customId: string,
    user?: APIUser,
    at = Date.now(),
    permissions?: string,
    locales?: Languages,
  ) {
    const data = { custom_id: customId, component_type: 2 };
    return this.dispatch(3, data, at, { message, user, permissions, locales });
  }

  /** A pick in a string select menu (component type 3) on `message`. */
  dispatchSelect(message: APIMessage, customId: string, values: string[], user?: APIUser) {
    const data = { custom_id: customId, component_type: 3, values };
    return this.dispatch(3, data, Date.now(), { message, user });
  }

  private async dispatch(
    type: number,
    data: unknown,
    at = Date.now(),
    extra: {
      message?: APIMessage;
      user?: APIUser;
      permissions?: string;
      locales?: Languages;
    } = {},
  ): Promise<InteractionResult> {
    const { discord } = this;
    const id = snowflake(at);
    const token = `interaction-token-${id}`;
    let settle!: (result: InteractionResult) => void;
    const settled = new Promise<InteractionResult>((resolve) => {
      settle = resolve;
    });
    const state: State = {
      id,
      token,
      sent: [],
      settle,
      sourceMessageId: extra.message?.id,
      dispatchedAt: performance.now(),
      answeredAt: 0,
    };
    this.states.set(token, state);
    const user = extra.user ?? discord.human;
    const where = { appId: discord.appId, guildId: discord.guildId, channelId: discord.channelId };
    const payload = makeInteraction({
      id,
      token,
      type,
      data,
      user,
      message: extra.message,
      permissions: extra.permissions,
      locales: extra.locales,
      ...where,
    });
    await discord.gateway.dispatch('INTERACTION_CREATE', payload);
    return giveUpAfter(
      settled,
      () => `interaction ${type} got no final answer: ${JSON.stringify(state.sent)}`,
    );
  }

  private record(state: State, route: SentMessage['route'], body: SentBody): void {
    const entry = { route, interactionId: state.id, body };
    state.sent.push(entry);
    this.sent.push(entry);
  }

  private finish(
    state: State,
    body: SentBody,
    messageId?: string,
    choices?: InteractionResult['choices'],
  ): void {
    const message = messageId ? this.messages.get(messageId) : undefined;
    state.settle({
      id: state.id,
      callbackType: state.callbackType ?? 0,
      body,
      message,
      choices,
      sent: state.sent,
      timing: { dispatchedAt: state.dispatchedAt, answeredAt: state.answeredAt },
    });
  }

  private store(state: State, body: SentBody, flags: number): APIMessage {
    const { discord } = this;
    const message = makeMessage(
      snowflake(),
      discord.channelId,
      discord.botUser,
      { ...body, flags },
      state.id,
      discord.human,
    );
    this.messages.set(message.id, message);
    return message;
  }

  private apply(messageId: string, body: SentBody): APIMessage | undefined {
    const message = this.messages.get(messageId);
    if (!message) return undefined;
    const flags = (message.flags ?? 0) & ~LOADING;
    const updated = { ...message, flags, edited_timestamp: new Date().toISOString() } as APIMessage;
    if (body.content !== undefined) updated.content = body.content;
    if (body.embeds !== undefined) updated.embeds = body.embeds as APIMessage['embeds'];
    if (body.components !== undefined)
      updated.components = body.components as APIMessage['components'];
    this.messages.set(messageId, updated);
    return updated;
  }

  callback(id: string | undefined, token: string | undefined, raw: unknown): Answer {
    const state = this.states.get(token ?? '');
    if (!state || state.id !== id) return unknownInteraction;
    state.answeredAt ||= performance.now();
    if (state.callbackType !== undefined) {
      return [400, { code: 40060, message: 'Interaction has already been acknowledged.' }];
    }
    const {
      type,
      data = {},
      uploads,
    } = raw as { type: number; data?: SentBody; uploads?: unknown };
    // A callback with files is multipart: the files come beside `data`, and belong to it.
    if (uploads !== undefined) data.uploads = uploads;
    if (type === CALLBACK.autocomplete) {
      const choices = (data as { choices?: InteractionResult['choices'] }).choices ?? [];
      const problems = this.discord.checkChoices('callback', choices);
      if (problems.length > 0) return invalidBody(problems);
      state.callbackType = type;
      this.finish(state, data, undefined, choices);
      return [204, undefined];
    }
    if (type === CALLBACK.reply || type === CALLBACK.update) {
      const problems = this.discord.checkMessage('callback', data);
      if (problems.length > 0) return invalidBody(problems);
    }
    state.callbackType = type;
    return this.acknowledge(state, type, data);
  }

  private acknowledge(state: State, type: number, data: SentBody): Answer {
    if (type === CALLBACK.reply || type === CALLBACK.deferReply) {
      const loading = type === CALLBACK.deferReply ? LOADING : 0;
      state.originalId = this.store(
        state,
        type === CALLBACK.reply ? data : {},
        (data.flags ?? 0) | loading,
      ).id;
    } else if (type === CALLBACK.update || type === CALLBACK.deferUpdate) {
      if (!state.sourceMessageId)
        return [400, { code: 40060, message: 'Not a component interaction' }];
      state.originalId = state.sourceMessageId;
      if (type === CALLBACK.update) this.apply(state.sourceMessageId, data);
    } else {
      return [400, { code: 50035, message: `Unsupported callback type ${type}` }];
    }
    if (type === CALLBACK.reply || type === CALLBACK.update) {
      this.record(state, 'callback', data);
      this.finish(state, data, state.originalId);
    }
    return [204, undefined];
  }

  private withToken(token: string | undefined): State | undefined {
    const state = this.states.get(token ?? '');
    return state?.callbackType !== undefined ? state : undefined;
  }

  edit(token: string | undefined, which: string | undefined, raw: unknown): Answer {
    const state = this.withToken(token);
    const messageId = which === '@original' ? state?.originalId : which;
    if (!state || !messageId || !this.messages.has(messageId))
      return [404, { code: 10008, message: 'Unknown Message' }];
    const body = raw as SentBody;
    const problems = this.discord.checkMessage('edit', body);
    if (problems.length > 0) return invalidBody(problems);
    this.record(state, 'edit', body);
    const message = this.apply(messageId, body);
    this.finish(state, body, messageId);
    return [200, message];
  }

  fetch(token: string | undefined, which: string | undefined): Answer {
    const state = this.withToken(token);
    const message = this.messages.get((which === '@original' ? state?.originalId : which) ?? '');
    return message ? [200, message] : [404, { code: 10008, message: 'Unknown Message' }];
  }

  remove(token: string | undefined, which: string | undefined): Answer {
    const state = this.withToken(token);
    const id = (which === '@original' ? state?.originalId : which) ?? '';
    return this.messages.delete(id)
      ? [204, undefined]
      : [404, { code: 10008, message: 'Unknown Message' }];
  }

  followUp(token: string | undefined, raw: unknown): Answer {
    const state = this.withToken(token);
    if (!state) return [404, { code: 10015, message: 'Unknown Webhook' }];
    const body = raw as SentBody;
    const problems = this.discord.checkMessage('follow-up', body);
    if (problems.length > 0) return invalidBody(problems);
    this.record(state, 'follow-up', body);
    const message = this.store(state, body, body.flags ?? 0);
    this.finish(state, body, message.id);
    return [200, message];
  }
}
