// What real Slack would refuse in a message, written out from Block Kit's documentation
// (independently of the adapter's own constants, so a wrong constant there is caught here).

type Json = Record<string, unknown>;

const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonLabel: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  overflowOptions: 5,
  optionText: 75,
  optionValue: 150,
  messageText: 40000,
} as const;

const textOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && typeof (value as Json).text === 'string'
    ? ((value as Json).text as string)
    : undefined;

type Check = (ok: boolean, problem: string) => void;

/** Every way `message` breaks Block Kit's limits; empty when Slack would accept it. */
export function blockKitViolations(message: Json): string[] {
  const problems: string[] = [];
  const check: Check = (ok, problem) => {
    if (!ok) problems.push(problem);
  };
  if (typeof message.text === 'string') {
    check(message.text.length <= LIMITS.messageText, 'message text too long');
  }
  const blocks = (message.blocks ?? []) as Json[];
  check(Array.isArray(blocks), 'blocks is not a list');
  check(blocks.length <= LIMITS.blocks, `${blocks.length} blocks (max ${LIMITS.blocks})`);
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  for (const [index, block] of blocks.entries()) {
    const at = `block ${index} (${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      check(!blockIds.has(block.block_id), `${at}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    const checkBlock = CHECKS[String(block.type)];
    if (checkBlock) checkBlock(block, (ok, problem) => check(ok, `${at}: ${problem}`), actionIds);
    else problems.push(`${at}: unexpected block type`);
  }
  return problems;
}

type BlockCheck = (block: Json, check: Check, actionIds: Set<string>) => void;

const between = (length: number, max: number): boolean => length >= 1 && length <= max;

const CHECKS: Record<string, BlockCheck> = {
  header(block, check) {
    check((block.text as Json)?.type === 'plain_text', 'header must be plain_text');
    check(between((textOf(block.text) ?? '').length, LIMITS.headerText), 'header length');
  },
  section(block, check, actionIds) {
    const text = textOf(block.text);
    const fields = (block.fields ?? []) as Json[];
    check(text !== undefined || fields.length > 0, 'needs text or fields');
    if (text !== undefined) check(between(text.length, LIMITS.sectionText), `text ${text.length}`);
    if (block.block_id !== undefined)
      check(between(String(block.block_id).length, LIMITS.blockId), 'block_id length');
    const accessory = block.accessory as Json | undefined;
    if (accessory?.type === 'overflow') {
      const options = (accessory.options ?? []) as Json[];
      check(options.length >= 2 && options.length <= LIMITS.overflowOptions, 'overflow options');
      for (const option of options) {
        check(between((textOf(option.text) ?? '').length, LIMITS.optionText), 'option text');
        check(between(String(option.value ?? '').length, LIMITS.optionValue), 'option value');
      }
      const actionId = String(accessory.action_id ?? '');
      check(!actionIds.has(actionId), `duplicate action_id ${actionId}`);
      actionIds.add(actionId);
    } else if (accessory) check(false, `unexpected accessory ${String(accessory.type)}`);
    check(fields.length <= LIMITS.sectionFields, `${fields.length} fields`);
    for (const field of fields) {
      const length = (textOf(field) ?? '').length;
      check(between(length, LIMITS.fieldText), `field length ${length}`);
    }
  },
  context(block, check) {
    const elements = (block.elements ?? []) as Json[];
    check(between(elements.length, LIMITS.contextElements), `${elements.length} elements`);
    for (const element of elements) {
      const length = (textOf(element) ?? '').length;
      check(between(length, LIMITS.contextText), `element length ${length}`);
    }
  },
  actions(block, check, actionIds) {
    const elements = (block.elements ?? []) as Json[];
    check(between(elements.length, LIMITS.actionsElements), `${elements.length} elements`);
    for (const element of elements) {
      const value = typeof element.value === 'string' ? element.value : '';
      const actionId = String(element.action_id ?? '');
      check(between((textOf(element.text) ?? '').length, LIMITS.buttonLabel), 'button label');
      check(value.length <= LIMITS.buttonValue, `button value ${value.length}`);
      check(actionId.length <= LIMITS.actionId, 'action_id too long');
      check(!actionIds.has(actionId), `duplicate action_id ${actionId}`);
      actionIds.add(actionId);
    }
  },
  divider() {},
};

/** Every mrkdwn string in a message (top-level text, sections, fields, context elements). */
export function mrkdwnTexts(message: Json): string[] {
  const texts: string[] = typeof message.text === 'string' ? [message.text] : [];
  const mrkdwn = (value: unknown) => {
    if ((value as Json | undefined)?.type === 'mrkdwn') texts.push(textOf(value) ?? '');
  };
  for (const block of (message.blocks ?? []) as Json[]) {
    mrkdwn(block.text);
    for (const field of (block.fields ?? []) as Json[]) mrkdwn(field);
    if (block.type === 'context') for (const element of block.elements as Json[]) mrkdwn(element);
  }
  return texts;
}
