import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Text } from "./Text";
import { useSharedStyles } from "./styles";

export interface FooterProps {
  version: string;
}

const useStyles = makeStyles({
  footer: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: "auto",
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  summary: { cursor: "pointer" },
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  // the footer's own colour, underlined (every theme, high contrast included, keeps it readable)
  link: {
    color: "inherit",
    textDecorationLine: "underline",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The help and privacy pages the build puts beside the pane (src/site/), opened outside the pane. */
export const HELP_PAGE = "support.html";
export const PRIVACY_PAGE = "privacy.html";

/** Version, privacy, help, support and the "not legal advice" notice, at the end of every view. */
export function Footer({ version }: FooterProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <footer className={styles.footer}>
      <Text size={200}>
        TermScore {version} · Nothing leaves this computer · Not legal advice
      </Text>
      <div className={styles.links}>
        <a className={styles.link} href={HELP_PAGE} target="_blank" rel="noopener noreferrer">
          Help and support
        </a>
        <a className={styles.link} href={PRIVACY_PAGE} target="_blank" rel="noopener noreferrer">
          Privacy
        </a>
      </div>
      <details>
        <summary className={styles.summary}>About TermScore</summary>
        <ul className={shared.list}>
          <li>TermScore finds contract clauses that let the other side train AI on your work, and proposes wording as tracked changes and comments.</li>
          <li>
            The first score is the contract as it stands. Your changes count only once the other side accepts them; the second score shows that
            result.
          </li>
          <li>Privacy: the contract is read inside this pane. Nothing is uploaded, stored elsewhere or sent anywhere.</li>
          <li>Not legal advice: TermScore checks wording. For anything that matters, ask a lawyer; the memo export is written for one.</li>
          <li>
            Support: the{" "}
            <a className={styles.link} href={HELP_PAGE} target="_blank" rel="noopener noreferrer">
              help page
            </a>{" "}
            says what to do when something goes wrong and whom to ask.
          </li>
        </ul>
      </details>
    </footer>
  );
}
