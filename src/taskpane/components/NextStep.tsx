import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { useSharedStyles } from "./styles";

export interface NextStepProps {
  /** Something was proposed (a change, a comment or the addendum): the cover note explains it. */
  proposed: boolean;
  /** Goes to the Export tab. */
  onGo(): void;
}

/**
 * A finished tab's one primary action (src/taskpane/review/primary.ts): nothing is left to do
 * here, so the button leads to what comes next, the cover note to the other side, or the report
 * when nothing was proposed.
 */
export function NextStep({ proposed, onGo }: NextStepProps): React.JSX.Element {
  const shared = useSharedStyles();
  return (
    <section className={shared.row} aria-label="Next step">
      <Text size={200}>Nothing left to do here.</Text>
      <Button appearance="primary" size="small" onClick={onGo}>
        {proposed ? "Write the cover note" : "Export the report"}
      </Button>
    </section>
  );
}
