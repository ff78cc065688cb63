/**
 * The playbook's JSON Schema (draft-07), built from the engine's own lists (rule ids, categories,
 * addendum sections), so that a new rule is a new key at once. schemas/playbook.schema.json is this
 * object written out (`npx tsx scripts/playbook-schema.ts`); a test keeps the two equal.
 */
import { RULES } from "../rules";
import { CATEGORIES } from "../types";
import { ADDENDUM_SECTION_IDS } from "./addendum";
import { PLACEMENTS } from "./types";

/** The JSON Schema keywords this repository uses (./validate.ts interprets exactly these). */
export interface SchemaNode {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: "object" | "array" | "string" | "boolean";
  properties?: Record<string, SchemaNode>;
  additionalProperties?: false;
  required?: string[];
  items?: SchemaNode;
  maxItems?: number;
  maxLength?: number;
  enum?: Array<string | number | boolean>;
  const?: string | number | boolean;
  anyOf?: SchemaNode[];
  definitions?: Record<string, SchemaNode>;
}

/** Longest wording, comment or note, in characters. */
export const MAX_TEXT = 2000;

const ref = (name: string): SchemaNode => ({ $ref: `#/definitions/${name}` });

function keyed(keys: readonly string[], node: SchemaNode, description: string): SchemaNode {
  return { type: "object", description, additionalProperties: false, properties: Object.fromEntries(keys.map((k) => [k, node])) };
}

export function playbookSchema(): SchemaNode {
  const text: SchemaNode = { type: "string", maxLength: MAX_TEXT, description: "Plain text (no markup, no control characters). Placeholders: {party} {Party} {other} {Other} {work} {Work} {it}; comments also {trigger}." };
  const wordingProps: Record<string, SchemaNode> = {
    text: ref("text"),
    placement: { enum: [...PLACEMENTS], description: "after-trigger: in parentheses after the risky words; end-of-sentence: a clause before the final stop; replace-trigger: instead of the risky words; delete-trigger: delete them (text \"\")." },
    label: { type: "string", maxLength: 80, description: "Short label of the edit." },
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://termscore.app/schemas/playbook.schema.json",
    title: "TermScore playbook",
    description: "The reviewer's own positions, wording and rules. Everything but version is optional; what is left out comes from the built-in default playbook.",
    type: "object",
    additionalProperties: false,
    required: ["version"],
    properties: {
      $schema: { type: "string" },
      version: { const: 1, description: "Format version: 1." },
      name: { type: "string", maxLength: 120 },
      you: {
        type: "object",
        description: "Your usual side and names, used when the contract uses them.",
        additionalProperties: false,
        properties: { party: ref("name"), other: ref("name"), work: ref("name") },
      },
      spelling: { enum: ["en-US", "en-GB"], description: "Spelling of the words TermScore adds." },
      categories: keyed(CATEGORIES, ref("ruleSettings"), "Settings for every rule of a category; a rule's own settings win."),
      rules: keyed(RULES.map((r) => r.id), ref("ruleSettings"), "Settings per rule id."),
      addendum: {
        type: "object",
        additionalProperties: false,
        properties: {
          sections: keyed(ADDENDUM_SECTION_IDS, ref("addendumSection"), "Each built-in section: keep (default), drop, or replace its text."),
          add: { type: "array", maxItems: 20, items: ref("addedSection"), description: "Sections added after the built-in ones." },
        },
      },
    },
    definitions: {
      text,
      name: { type: "string", maxLength: 60 },
      wording: { type: "object", additionalProperties: false, required: ["text", "placement"], properties: wordingProps },
      fallback: {
        type: "object",
        additionalProperties: false,
        required: ["position", "text", "placement"],
        properties: { position: { enum: ["opt-out", "project-scope"] }, ...wordingProps, comment: ref("text") },
      },
      ruleSettings: {
        type: "object",
        additionalProperties: false,
        properties: {
          enabled: { type: "boolean", description: "false: findings are listed as switched off, not scored, not fixed." },
          severity: { enum: ["high", "medium", "low"] },
          preferred: ref("wording"),
          fallbacks: { type: "array", maxItems: 2, items: ref("fallback"), description: "In the order they are offered; a position left out is not offered." },
          walkAway: ref("text"),
          comment: ref("text"),
        },
      },
      addendumSection: {
        anyOf: [
          { enum: ["keep", "drop"] },
          { type: "object", additionalProperties: false, required: ["text"], properties: { heading: { type: "string", maxLength: 120 }, text: ref("text") } },
        ],
      },
      addedSection: { type: "object", additionalProperties: false, required: ["heading", "text"], properties: { heading: { type: "string", maxLength: 120 }, text: ref("text") } },
    },
  };
}
