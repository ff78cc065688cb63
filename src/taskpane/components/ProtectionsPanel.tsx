import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import type { ProtectionKind, Report } from "../../engine/types";
import { PROTECTION_KINDS } from "../../engine/types";
import { PROTECTION_FIX, PROTECTION_LABEL } from "../../engine/report/labels";
import type { ProtectionStatus } from "../review/truth";
import { useSharedStyles } from "./styles";
import { typographic } from "../review/typographic";

/** The checklist: "AI mentioned at all" first, then every protection the seed asks for. */
export type ChecklistKey = "mentions-ai" | ProtectionKind;

/** Addendum sections that fix each checklist item. */
const CHECKLIST_FIX: Record<ChecklistKey, readonly ProtectionKind[]> = {
  "mentions-ai": ["ai-definition", "no-ai-training"],
  ...(Object.fromEntries(PROTECTION_KINDS.map((k) => [k, [k]])) as unknown as Record<ProtectionKind, readonly ProtectionKind[]>),
};

export interface ChecklistItem {
  key: ChecklistKey;
  label: string;
  /** In the contract as it stands (agreed). */
  present: boolean;
  /** Agreed, proposed (only in TermScore's pending changes) or missing. */
  status: ProtectionStatus;
  fix: string;
}

/** The checklist of the contract as it stands; `status` (from the pane's review) marks what is only proposed. */
export function checklist(report: Report, status?: Record<ChecklistKey, ProtectionStatus> | null): ChecklistItem[] {
  const of = (key: ChecklistKey, present: boolean): ProtectionStatus => status?.[key] ?? (present ? "agreed" : "missing");
  return [
    {
      key: "mentions-ai",
      label: "AI is mentioned at all",
      present: report.mentionsAi,
      status: of("mentions-ai", report.mentionsAi),
      // its own words: the prohibition's sentence is said under its own item
      fix: "A contract that never mentions AI will be read in the other side's favor. Adds the definition of AI and the prohibition.",
    },
    ...PROTECTION_KINDS.map((kind) => {
      const present = !report.missing.includes(kind);
      return { key: kind, label: PROTECTION_LABEL[kind], present, status: of(kind, present), fix: PROTECTION_FIX[kind] };
    }),
  ];
}

const STATUS_WORD: Record<ProtectionStatus, string> = { agreed: "agreed", proposed: "proposed", missing: "missing" };

export interface ProtectionsPanelProps {
  /** The contract as it stands. */
  report: Report;
  status?: Record<ChecklistKey, ProtectionStatus> | null;
  busy: boolean;
  /** Inserting is possible in this host. */
  canInsert: boolean;
  onFix(sections: readonly ProtectionKind[], label: string): void;
}

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  present: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  proposed: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

export function ProtectionsPanel({ report, status, busy, canInsert, onFix }: ProtectionsPanelProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const items = checklist(report, status);
  const missing = items.filter((i) => !i.present);
  const proposed = items.filter((i) => i.status === "proposed").length;
  const scoreOf = new Map(report.breakdown.protections.map((p) => [p.kind, p]));
  const partlyOf = new Map<ChecklistKey, string>(report.protections.filter((p) => p.partial && report.missing.includes(p.kind)).map((p) => [p.kind, p.partial as string]));
  return (
    <>
      <section className={shared.section} aria-labelledby="ts-missing-heading">
        <h2 id="ts-missing-heading" className={shared.heading}>
          Protections checklist ({items.length - missing.length} of {items.length})
        </h2>
        {/* said once for every proposed item, not under each */}
        {proposed > 0 ? (
          <Text className={shared.muted}>
            {proposed === 1
              ? "The item marked Proposed is in your tracked changes: it counts once the other side accepts it."
              : `The ${proposed} items marked Proposed are in your tracked changes: they count once the other side accepts them.`}
          </Text>
        ) : null}
        <ul className={shared.plainList} aria-label="Protections checklist">
          {items.map((item) => (
            <li key={item.key} className={styles.item} aria-label={`${item.label}: ${STATUS_WORD[item.status]}`}>
              <Text>
                <span className={styles[item.status === "agreed" ? "present" : item.status]}>
                  {item.status === "agreed" ? "✓ Agreed" : item.status === "proposed" ? "… Proposed" : "✗ Missing"}
                </span>{" "}
                {item.label}
              </Text>
              {item.status === "missing" ? (
                <>
                  {partlyOf.get(item.key) ? <Text className={shared.muted}>Only partly there: {typographic(partlyOf.get(item.key) ?? "")}.</Text> : null}
                  <Text className={shared.muted}>{item.fix}</Text>
                  <div>
                    <Button size="small" disabled={busy || !canInsert} aria-label={`Add section: ${item.label}`} onClick={() => onFix(CHECKLIST_FIX[item.key], item.label)}>
                      Add section
                    </Button>
                  </div>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className={shared.section} aria-labelledby="ts-found-heading">
        <h2 id="ts-found-heading" className={shared.heading}>
          Protections found ({report.protections.length})
        </h2>
        {report.protections.length === 0 ? (
          <Text>None yet. The checklist above adds them.</Text>
        ) : (
          <ul className={shared.plainList}>
            {report.protections.map((p) => {
              // a clause that only partly covers the protection is shown as such, never as "good"
              const counted = !p.partial && !report.missing.includes(p.kind);
              return (
                <li key={`${p.kind}-${p.paragraph}-${p.start}`} className={shared.card}>
                  <Text className={counted ? styles.present : styles.missing}>
                    {counted ? "✓" : "◐ Only partly:"} {PROTECTION_LABEL[p.kind]}
                  </Text>
                  <blockquote className={shared.quote}>“{p.trigger}”</blockquote>
                  <Text className={shared.muted}>
                    {counted
                      ? p.fromAddendum
                        ? "From a TermScore addendum that is part of the contract. "
                        : "Already in your contract: good. "
                      : `Not counted: ${typographic(p.partial ?? "it does not cover what this protection needs")}. `}
                    {typographic(scoreOf.get(p.kind)?.explanation ?? "")}
                  </Text>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
