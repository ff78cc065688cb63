import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { describeEnvironment, type PaneEnvironment } from "./environment";
import type { DocumentHost } from "../host/types";

export interface AppProps {
  /** null while Office is still starting. */
  environment: PaneEnvironment | null;
  host: DocumentHost | null;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function App({ environment, host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const notice = environment ? describeEnvironment(environment) : null;
  return (
    <main className={styles.root} aria-label="TermScore contract review">
      <header className={styles.header}>
        <Title3 as="h1">TermScore</Title3>
        <Caption1>Keep your work out of AI training</Caption1>
      </header>
      {environment === null ? <Spinner size="small" label="Starting…" /> : null}
      {notice ? (
        <MessageBar intent={environment?.kind === "other-office" ? "error" : "info"}>
          <MessageBarBody>
            <MessageBarTitle>Not running inside Word</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {host && environment?.kind === "word" ? <Caption1>Connected to the open document.</Caption1> : null}
    </main>
  );
}
