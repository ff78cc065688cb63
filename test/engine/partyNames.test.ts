/**
 * Parties defined by proper names ("Acme", "Jane") rather than role words
 * are used in suggestions instead of generic "the Agency" / "the Contractor".
 */
import { analyze, detectParties } from "../../src/engine";
import { partyNames } from "../../src/engine/read/parties";

const P = (...texts: string[]) => texts.map((text) => ({ text }));

describe("defined party names that are not role words", () => {
  test("the first two defined names of the preamble, in order, when nothing tells them apart", () => {
    const p = detectParties(P('This Agreement is made between Acme Media Ltd ("Acme") and Jane Roe ("Jane").', "Acme may use the Deliverables for any purpose."));
    expect(p).toMatchObject({ agency: "Acme", contractor: "Jane", detected: { agency: true, contractor: true } });
  });

  test("the one the text casts as doing the work is the contractor, whatever the order", () => {
    const p = detectParties(
      P('This Agreement is made between Jane Roe ("Jane") and Acme Media Ltd ("Acme").', "Jane shall deliver the Deliverables by 1 May.", "Acme shall pay Jane within 30 days of each invoice."),
    );
    expect(p).toMatchObject({ agency: "Acme", contractor: "Jane" });
  });

  test("a role word for one side and a proper name for the other", () => {
    const p = detectParties(P('This Agreement (the "Agreement") is made between Acme Media Ltd (the "Client") and Jane Roe ("Jane").'));
    expect(p).toMatchObject({ agency: "Client", contractor: "Jane" });
  });

  test("defined terms that are not parties are not taken for parties", () => {
    const p = detectParties(P('This Agreement (the "Agreement") takes effect on 1 May (the "Effective Date").', "The Client may use the Deliverables for any purpose."));
    expect(p).toMatchObject({ agency: "Client", contractor: "Contractor", detected: { contractor: false } });
  });

  test("suggestions and comments use the names, with no article", () => {
    const r = analyze(
      P('This Agreement is made between Acme Media Ltd ("Acme") and Jane Roe ("Jane").', "Jane hereby assigns to Acme all right, title and interest in the Deliverables."),
    );
    const f = r.findings.find((x) => x.category === "ownership")!;
    expect(f.suggestions[0].replacement).toMatch(/^; however, Acme covenants, for itself and its successors, assignees and licensees, that none of them will use the Deliverables/);
    expect(f.suggestions[0].comment).toMatch(/^Acme will own the Deliverables/);
    const all = JSON.stringify(r.findings);
    expect(all).not.toMatch(/the (?:Agency|Contractor|Acme|Jane)\b/);
  });
});

describe("the parties of terms written as \"we\" and \"you\", as comments name them", () => {
  test("each by what the terms define it as: '\"we\" … mean X Ltd', '\"you\" means the illustrator who …'", () => {
    const terms = 'In these terms "we" and "us" mean Corvid Press Ltd, and "you" means the illustrator who accepts a commission.';
    expect(partyNames(terms, { agency: "we", contractor: "you" })).toEqual({ agency: "Corvid Press Ltd", contractor: "the illustrator" });
    // a client addressed as "you" by the maker's terms
    expect(partyNames('"You" means the customer named in the quote. We are Fenwick Studio Ltd ("we").', { agency: "you", contractor: "we" }).agency).toBe("the customer");
    // a vague definition ("the person or entity") says nothing: the terms' own word, or a generic one
    expect(partyNames('"You" means the person or entity using the site.', { agency: "we", contractor: "you" }).contractor).toBe("the User");
    expect(partyNames('"you" means the company or individual that accepts this brief.', { agency: "we", contractor: "you" }).contractor).toBe("the User");
    // a name with initials or a title, and one that ends its sentence with its suffix
    expect(partyNames('In these terms "I", "me" and "my" mean J. R. Rivera Photography. You are the client.', { agency: "you", contractor: "I" }).contractor).toBe("J. R. Rivera Photography");
    expect(partyNames('"We" means Dr. Ana Ruiz Consulting. "You" means the client.', { agency: "you", contractor: "we" }).contractor).toBe("Dr. Ana Ruiz Consulting");
    expect(partyNames('In these terms "we", "us" and "our" mean St. Clair Studios Ltd. You are the client.', { agency: "you", contractor: "we" }).contractor).toBe("St. Clair Studios Ltd");
  });
});
