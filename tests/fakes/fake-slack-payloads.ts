import { createHmac } from 'node:crypto';

// What Slack sends an app: slash-command forms, block_actions payloads, and the
// v0 request signature over `v0:<timestamp>:<body>` (HMAC-SHA256 with the signing secret).

export const FAKE_TEAM_ID = 'T0FAKE001';
export const FAKE_USER_ID = 'U0ASKER01';
export const FAKE_CHANNEL_ID = 'C0WORKSHOP';

export function signSlackBody(signingSecret: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return `v0=${digest}`;
}

export interface CommandFields {
  command: string;
  text: string;
  responseUrl: string;
  userId?: string;
}

/** The fields of a slash command, as Slack sends them (form fields over HTTP, JSON in Socket Mode). */
export function slashCommandFields(fields: CommandFields): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'workshop',
    channel_id: FAKE_CHANNEL_ID,
    channel_name: 'asm-workshop',
    user_id: fields.userId ?? FAKE_USER_ID,
    user_name: 'facilitator',
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0FAKEAPP',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: `${Date.now()}.1.fake`,
  };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  label: string;
  responseUrl: string;
  userId?: string;
  /** An overflow menu's pick instead of a button: the block it sits in. */
  overflow?: { blockId: string };
}

/** The action element Slack reports: a button, or the option picked in an overflow menu. */
function actionElement(click: ButtonClick): Record<string, unknown> {
  const at = { action_id: click.actionId, action_ts: `${Date.now() / 1000}` };
  if (click.overflow)
    return {
      ...at,
      type: 'overflow',
      block_id: click.overflow.blockId,
      selected_option: {
        text: { type: 'plain_text', text: click.label, emoji: false },
        value: click.value,
      },
    };
  return {
    ...at,
    type: 'button',
    block_id: 'fakeblock',
    text: { type: 'plain_text', text: click.label, emoji: false },
    value: click.value,
  };
}

/** A block_actions payload for a button on an ephemeral message (Slack omits the message). */
export function blockActionPayload(click: ButtonClick): Record<string, unknown> {
  const userId = click.userId ?? FAKE_USER_ID;
  return {
    type: 'block_actions',
    user: { id: userId, username: 'facilitator', name: 'facilitator', team_id: FAKE_TEAM_ID },
    api_app_id: 'A0FAKEAPP',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: '1700000000.000100',
      channel_id: FAKE_CHANNEL_ID,
      is_ephemeral: true,
    },
    trigger_id: `${Date.now()}.2.fake`,
    team: { id: FAKE_TEAM_ID, domain: 'workshop' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: FAKE_CHANNEL_ID, name: 'asm-workshop' },
    state: { values: {} },
    response_url: click.responseUrl,
    actions: [actionElement(click)],
  };
}

export const formBody = (fields: Record<string, string>): string =>
  new URLSearchParams(fields).toString();
