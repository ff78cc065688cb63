/**
 * Issue 11: the engine reads who is who. Contracts written for these tests (not taken from any
 * source): each names its parties differently and defines its work under another term.
 */
import { analyze, buildAddendum, formatReportText } from "../../../src/engine";
import { addendumOptionsFor } from "../../../src/engine/fix/addendumOptions";
import { readDocument } from "../../../src/engine/read";

const doc = (...texts: string[]) => texts.map((text) => ({ text }));

const MSA = doc(
  "MASTER SERVICES AGREEMENT",
  'This Master Services Agreement (the "Agreement") is made between Northwind Creative LLC, a Delaware limited liability company ("Agency"), and Priya Raman, an individual ("Contractor").',
  '1. Services. Contractor shall perform the design services described in each Statement of Work (the "Services").',
  '2. Deliverables. "Deliverables" means all logos, layouts, copy and other materials that Contractor creates and delivers to Agency under a Statement of Work.',
  "3. Payment. Agency shall pay Contractor the fees set out in each Statement of Work within 30 days of invoice.",
  "4. Ownership. Contractor hereby assigns to Agency all right, title and interest in the Deliverables upon payment.",
  "5. License. Agency may use the Deliverables for any purpose.",
  "6. Feedback. Contractor may use any suggestions Agency gives about Contractor's process freely.",
);

const LETTER = doc(
  "Dear Sam,",
  'Harbor Books, Inc. (the "Publisher") is pleased to engage you, Sam Okafor ("Illustrator"), to create the illustrations for the novel described below (the "Artwork").',
  "The Illustrator shall deliver the Artwork by 1 March. The Publisher shall pay the Illustrator $4,000 on acceptance.",
  "The Illustrator grants the Publisher a perpetual, irrevocable licence to reproduce the Artwork in any medium.",
);

const COVER = doc(
  "KEY TERMS",
  "Provider: Ada Lindqvist",
  "Customer: Fernhill Media GmbH",
  "Fees: EUR 6,000",
  '"Work Product" means the video edits, motion graphics and project files Provider delivers to Customer.',
  "Provider shall deliver the Work Product in two rounds. Customer shall pay the Fees on delivery.",
  "Customer may use the Work Product for any purpose.",
);

// a publisher's content put through a vendor's platform: the vendor licenses its platform and is
// engaged; the publisher supplies (and warrants it owns) the Content, so the publisher is the user
const PLATFORM = doc(
  "PLATFORM SERVICES AGREEMENT",
  'This Agreement is between Lumen Ad Systems Inc. ("Lumen") and Riverside Daily News LLC ("Publisher"). Publisher wishes to retain Lumen to sell advertising around its journalism.',
  '1. Licence. Lumen grants Publisher a limited, non-exclusive licence to use the Lumen Exchange platform, the technology created by Lumen for ad auctions.',
  '2. Content. Publisher will supply its articles, photographs and videos (collectively the "Content") for display with advertising. Publisher is the sole owner of all the Content.',
  "3. Fees. Lumen shall pay Publisher 60% of net advertising revenue each month.",
  "4. Data. Lumen may use the Content and any data derived from it to improve its platform and for any other purpose.",
);

describe("document model: parties, roles and the work term", () => {
  test("a vendor licensing its platform and engaged to run it is the other side; the publisher who owns the Content is the user", () => {
    const r = readDocument(PLATFORM).roles;
    expect(r).toMatchObject({ user: "Publisher", other: "Lumen", work: "Content" });
  });

  test("an MSA that defines both Services and Deliverables: the work is the Deliverables, never the activity", () => {
    const r = readDocument(MSA).roles;
    expect(r).toMatchObject({ user: "Contractor", other: "Agency", work: "Deliverables", source: "document" });
    expect(r.evidence.user.length).toBeGreaterThan(0);
    expect(r.evidence.work.map((e) => e.reason).join(" ")).toMatch(/user|made or supplied/);
    const report = analyze(MSA);
    expect(report.parties).toMatchObject({ contractor: "Contractor", agency: "Agency", work: "Deliverables" });
    // every suggestion names the Deliverables, never the Services
    const words = report.findings.flatMap((f) => f.suggestions.map((s) => s.replacement + s.comment)).join(" ");
    expect(words).toMatch(/Deliverables/);
    expect(words).not.toMatch(/the Services/);
  });

  test("a right that flows to the user is no risk: the Contractor's own use of feedback", () => {
    const report = analyze(MSA);
    expect(report.findings.filter((f) => f.paragraph === 7)).toEqual([]);
    // the same clause with the sides swapped is a finding
    const swapped = analyze([...MSA.slice(0, 7), { text: "6. Feedback. Agency may use any suggestions Contractor gives freely, for any purpose." }]);
    expect(swapped.findings.some((f) => f.paragraph === 7)).toBe(true);
  });

  test("the other side licensing its own software to the user, and the user serving other clients, are no risk", () => {
    const report = analyze([
      ...MSA,
      { text: "7. Tools. Agency hereby grants to Contractor a perpetual, irrevocable, royalty-free licence to use the Agency Toolkit for any purpose." },
      { text: "8. Other Clients. Contractor may share its know-how with other clients and third parties." },
    ]);
    expect(report.findings.filter((f) => f.paragraph >= 8)).toEqual([]);
    // read alone, with no parties defined, only unmistakable role words tell the direction: a grant to the
    // Contractor flows to the maker of the work; a grant to a "Provider" (either side) is still flagged
    expect(analyze(doc("Agency hereby grants to Contractor a perpetual, irrevocable, royalty-free licence to use the Agency Toolkit for any purpose.")).findings).toEqual([]);
    expect(analyze(doc("Agency hereby grants to Provider a perpetual, irrevocable, royalty-free licence to use the Agency Toolkit for any purpose.")).findings.length).toBeGreaterThan(0);
  });

  test("a letter agreement: 'engage you … (\"Illustrator\")' makes the Illustrator the user; the Artwork is the work", () => {
    const r = readDocument(LETTER).roles;
    expect(r).toMatchObject({ user: "Illustrator", other: "Publisher", work: "Artwork" });
    const report = analyze(LETTER);
    expect(report.findings.map((f) => f.category)).toContain("broad-license");
  });

  test("cover-page key terms name the parties", () => {
    const r = readDocument(COVER).roles;
    expect(r).toMatchObject({ user: "Ada Lindqvist", other: "Fernhill Media GmbH", work: "Work Product" });
  });

  test("the user's confirmation wins, and everything downstream follows it", () => {
    const report = analyze(MSA, { roles: { user: "Agency", other: "Contractor", work: "Deliverables" } });
    expect(report.roles).toMatchObject({ user: "Agency", other: "Contractor", source: "user", sure: true });
    // the Agency's broad right now flows to the user: not a finding
    expect(report.findings.filter((f) => f.paragraph === 5)).toEqual([]);
    // and a work term the user names is used in suggestions
    const named = analyze(MSA, { roles: { work: "Creative Assets" } });
    expect(named.roles.work).toBe("Creative Assets");
    expect(named.findings.flatMap((f) => f.suggestions.map((s) => s.replacement)).join(" ")).toMatch(/Creative Assets/);
  });

  test("when the roles cannot be told, the report says so and asks", () => {
    const r = analyze(doc("The parties agree that each may use the materials exchanged under this agreement.")).roles;
    expect(r.sure).toBe(false);
    expect(r.question).toMatch(/Please confirm/);
  });

  test("template placeholders are read as defined terms", () => {
    const m = readDocument(doc('This Agreement is between {customer_name} ("Client") and {provider_name} ("Designer").', "Designer shall deliver the Designs. Client shall pay Designer the fee."));
    expect(m.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(["customer_name", "provider_name", "Client", "Designer"]));
    expect(m.roles).toMatchObject({ user: "Designer", other: "Client" });
  });
});

describe("document model: the work named without \"means\" or a bracket", () => {
  test('a name given by a copula ("… are "Deliverables".") is a defined term, and the work beats "Services"', () => {
    const r = readDocument(
      doc(
        'FREELANCE WRITING AGREEMENT between Saltmarsh Journal LLC (the "Company") and Ines Varga (the "Writer").',
        '1. Services. The Writer will research and write feature stories on topics the Company assigns (the "Services").',
        '2. Deliverables. The stories, outlines, interview notes and photographs the Writer hands in are "Deliverables".',
        "3. Rights. The Deliverables are works made for hire for the Company. The Company may publish the Deliverables with or without a byline.",
        "4. Payment. The Company shall pay the Writer $900 per story within 30 days after the Services for that story are complete.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "Writer", other: "Company", work: "Deliverables" });
  });

  test('what the user was engaged to produce, and which becomes the other side\'s property, is the work: "Inventions", not the "Services"', () => {
    const r = readDocument(
      doc(
        'RESEARCH CONSULTING AGREEMENT between Fenwick Dairy Cooperative (the "Client") and Tomasz Lind (the "Consultant").',
        '2.1 The Consultant shall provide the advisory services listed in Schedule A (the "Services").',
        "2.2 The Services may be changed by written agreement. The Client shall pay for the Services monthly.",
        '7.1 The Consultant has been engaged for the purpose of producing new recipes, processes and packaging designs (the "Inventions"). All Inventions, and any rights in them, are the sole property of the Client.',
        "7.2 The Consultant waives any moral rights in the Inventions. The Client may file patents for any of the Inventions.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "Consultant", other: "Client", work: "Inventions" });
  });

  test('pronouns and rights are never the work: a contract defining ("You") and ("We") asks instead of naming "You"', () => {
    const r = readDocument(
      doc(
        'You (the business named in the order form) ("You") are hiring us, Brightline Copy Ltd ("We or Us"), to write web copy.',
        "You will send us the briefs we ask for. We will deliver the copy on the agreed dates. You can ask for two rounds of changes.",
        'You will own the content we write for you once you pay. We keep the "Intellectual Property Rights" in our own templates.',
        "You agree to pay every invoice within 14 days. We may pause the work while an invoice is overdue.",
      ),
    ).roles;
    expect(r.work).not.toMatch(/^(?:you|we|we or us|intellectual property rights)$/i);
    expect(r.candidates.works.map((w) => w.toLowerCase())).not.toContain("you");
  });

  test('a cover page of blanks ("Company: [COMPANY NAME]") names the parties by their role words; a heading or a blank after a role word names no party', () => {
    const r = readDocument(
      doc(
        "FREELANCE DESIGN AGREEMENT",
        "Company: [COMPANY NAME]",
        "Designer: [DESIGNER NAME]",
        "3. INDEPENDENT DESIGNER RELATIONSHIP",
        'The Designer shall create and deliver the logo concepts described in the brief (the "Designs").',
        "The Designer assigns to the Company all copyright in the Designs. The Company shall pay the Designer within 30 days.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "Designer", other: "Company", work: "Designs" });
    expect(r.candidates.parties).not.toContain("RELATIONSHIP");
    expect(r.candidates.parties).not.toContain("NAME");
  });

  test("the one a grant is made to is the other party, not the work, and a name that acts like a party is not the work either", () => {
    const r = readDocument(
      doc(
        "# Kestrel Review Contributor Agreement",
        'The Contributor agrees to deliver one original short story (the "Story") for the spring issue.',
        "The Contributor grants Kestrel Review a non-exclusive licence to publish the Story in print and online.",
        "Kestrel Review may suggest edits to the Story. Kestrel Review is not responsible for the Contributor's travel costs.",
        "Kestrel Review agrees to pay the Contributor $200 on publication of the Story.",
      ),
    ).roles;
    // the one the maker's grant goes to is the other party, when nothing else names it
    expect(r).toMatchObject({ user: "Contributor", other: "Kestrel Review", work: "Story" });
    expect(r.work).not.toMatch(/Kestrel/);
    expect(r.candidates.works).not.toContain("Kestrel Review");
    expect(r.candidates.works).not.toContain("Kestrel");
  });

  test("only the maker named by its role word: the other party is the one the agreement is between it and, and the work is what the maker's possessive names", () => {
    const r = readDocument(
      doc(
        "# Developer Terms",
        "These terms, together with each Work Order, make up an agreement between Tidewater Foundation and Developer.",
        "Developer agrees to complete the milestones on the Work Order by committing source code to the listed repositories.",
        "Developer agrees to sign every commit of Developer's Contributions with one key.",
        'New Intellectual Property means all intellectual property rights in Developer\'s Contributions.',
        "Developer assigns all New Intellectual Property to Tidewater Foundation. Developer's Contributions may be published under an open licence.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "Developer", other: "Tidewater Foundation", work: "Contributions" });
    // rights in the work are not the work
    expect(r.candidates.works).not.toContain("New Intellectual Property");
    // the assignment names the other party too, when no "between" clause does
    const assigned = readDocument(
      doc(
        "Developer agrees to build the mobile app described in the brief.",
        "Developer agrees to deliver Developer's Contributions weekly and to keep Developer's Contributions in the shared repository.",
        "Developer assigns all rights in the Contributions to Harrow Digital on payment.",
      ),
    ).roles;
    expect(assigned.other).toBe("Harrow Digital");
  });

  test("a term ending in 'IP' defined as things made is the work; one defined as rights is not", () => {
    const r = readDocument(
      doc(
        'This Development Agreement is between Harbor Apps Inc. ("Client") and Lena Ortiz ("Contractor").',
        '"Developed IP" means all deliverables, code and documents created by the Contractor under this Agreement.',
        "The Contractor shall deliver the Developed IP by 1 June. The Contractor assigns all rights in the Developed IP to the Client.",
        "The Client shall pay the Contractor on delivery of the Developed IP.",
      ),
    ).roles;
    expect(r.work).toBe("Developed IP");
  });

  test("a written work named with a broken quote ('(or 'the Essay)') is found from its uses; a section word followed by a number is no work", () => {
    const r = readDocument(
      doc(
        "This agreement is made between Wren Quarterly LLC (or 'Wren'), and [Author Name] (or 'the Author'), for the publication of an original essay of about 2000 words (or 'the Essay), in Wren Quarterly.",
        "The Author grants to Wren first English-language serial rights to publish the Essay in print and online, as set out in Article 2.",
        "Wren may edit the Essay for length, subject to Article 3. Wren shall pay the Author $300 on publication of the Essay.",
        "The Author warrants that the Essay is original. Article 4 applies to any reprint.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "Author", other: "Wren", work: "Essay" });
    expect(r.candidates.works).not.toContain("Article");
  });

  test("a photo session is an activity, not the work: without a defined term, the thing made that the contract speaks of most is the work", () => {
    const r = readDocument(
      doc(
        'This agreement is between Ember Lane Studio ("Photographer") and the person booking the session ("Client") for the portrait session on the date below (the "Session").',
        "The Photographer will deliver at least 30 edited images within 14 days after the Session, in an online gallery linked from the Photographer's website.",
        "The Client may print the images for personal use. The Photographer may show the images on its website and in its portfolio.",
        "The Photographer keeps copyright in all images from the Session. The Client shall pay the balance before the Session.",
      ),
    ).roles;
    expect(r.work).toBe("images");
  });

  test("a quoted legal phrase after a copula names nothing: 'is a \"work made for hire\"' is no party and no work", () => {
    const r = readDocument(doc('Each Deliverable is a "work made for hire"; if any Deliverable is not, the Designer hereby assigns it to the Studio.')).roles;
    expect(r.candidates?.parties ?? []).not.toContain("work made for hire");
    expect(r.user).not.toBe("work made for hire");
  });

  test("the thing the user makes from the other side's input is the work: translations, not the source texts", () => {
    const r = readDocument(
      doc(
        'SUBTITLING AGREEMENT between Fjordlight Pictures AS ("Studio") and Kaito Mori, an individual ("Translator").',
        '1. Studio will send Translator the dialogue lists and scripts of each film (the "Source Materials").',
        '2. Translator shall prepare English subtitle files from the Source Materials (the "Subtitle Files") and deliver them within ten days.',
        "3. Translator assigns to Studio all copyright in the Subtitle Files on payment. Studio shall pay Translator per minute of film.",
        "4. Studio may keep the Subtitle Files and the Source Materials in its archive. Translator shall return the Source Materials on request.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "Translator", other: "Studio", work: "Subtitle Files" });
    // "the Source Materials" is a term after an article, not a person's name: no party
    expect(r.candidates?.parties ?? []).not.toContain("Subtitle Files");
  });

  test("what is said of the user's own making names the work: \"recordings of the Performer's voice … are the Recordings\"", () => {
    const r = readDocument(
      doc(
        'This agreement is between Brightmoor Audio Ltd ("Producer") and Dev Malhotra ("Performer").',
        '1. Producer engages Performer to narrate the audiobook edition of the novel "North of Nowhere" (the "Audiobook").',
        '2. All audio recordings of the Performer\'s voice made under this agreement are the "Recordings".',
        "3. Producer may use the Recordings in the Audiobook and in samples and advertising for the Audiobook.",
        "4. Producer shall pay Performer a session fee. Producer may sell the Audiobook worldwide. The Audiobook may be sold in all formats.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "Performer", other: "Producer", work: "Recordings" });
  });
});

test('a defined work term with some evidence beats "Services" ranked above it; a subcontractor is never the work', () => {
  const r = readDocument(
    doc(
      'This Consulting Agreement is between Orchard Analytics LLC ("Client") and Mei Tanaka ("Consultant").',
      '1. Consultant shall provide the data-modelling services described in Exhibit A (the "Services"). Consultant shall perform the Services diligently. Consultant shall deliver the Services on time. Consultant shall provide the Services in English.',
      '2. Consultant may engage a subcontractor approved by Client (a "Subcontractor"). Consultant shall deliver every Subcontractor\'s time sheets to Client.',
      "3. Client shall pay Consultant the fees in Exhibit A within thirty days of each invoice.",
      '4. The reports, code and models prepared in the course of the engagement ("Work Product") are confidential information of Client.',
      "5. Consultant shall keep the Work Product confidential.",
    ),
  ).roles;
  expect(r.work).toBe("Work Product");
  expect(r.candidates.works).not.toContain("Subcontractor");
});

test("a party named by a bracketed blank with a primary address is a party; the other side's own production is not the work", () => {
  const r = readDocument(
    doc(
      "This Crew Agreement is made between:",
      '[Your Company Name], a [Company Type] with its principal place of business at [Your Address] ("Studio"),',
      'and [Crew Member Name], an individual with a primary address at [Address] ("Camera Crew").',
      'WHEREAS, Studio is developing and producing a cooking series provisionally titled "Salt Roads" (the "Series");',
      "1. Camera Crew shall film and record the footage, audio and behind-the-scenes clips for the Series and shall deliver all footage to Studio within two days of each shoot.",
      "2. Studio shall pay Camera Crew the day rate in Schedule 1. Camera Crew shall deliver the footage on hard drives supplied by Studio.",
      "3. All footage, recordings and other materials Camera Crew creates shall be works made for hire owned by Studio.",
    ),
  ).roles;
  expect(r.user).toBe("Camera Crew");
  expect(r.other).toBe("Studio");
  expect(r.work).not.toBe("Series");
});

test('a definition set out as a list item ("1. Work: each original article …") and one that "hereafter refers to" are read; "Work" so defined is the work', () => {
  const r = readDocument(
    doc(
      'This Contributor Agreement is between Lantern Review Ltd ("Publisher") and the writer named below ("Author").',
      "1. Definitions",
      "1. Work: each original article or essay that the Author delivers to the Publisher under this agreement, with its images and tables.",
      "2. The Author grants the Publisher a non-exclusive licence to publish each Work online.",
      "3. The Author shall deliver each Work by the agreed date. The Publisher shall pay the Author the agreed fee for each Work.",
      "4. The Author remains the owner of each Work and may republish it after thirty days.",
    ),
  ).roles;
  expect(r).toMatchObject({ user: "Author", other: "Publisher", work: "Work" });
  const defs = readDocument(doc('"Photos" hereafter refers to all photographs and videos created for the Client.', "The Studio shall deliver the Photos.")).definitions;
  expect(defs.map((d) => [d.term, d.shape])).toContainEqual(["Photos", "means"]);
});

describe("document model: terms written in the first and second person", () => {
  const TERMS = doc(
    "UPLOADER TERMS",
    'These terms apply when you upload patterns, photos and tutorials ("Your Uploads") to the Loomwise marketplace run by Loomwise Crafts Ltd ("we", "us").',
    "1. You keep the copyright in Your Uploads.",
    "2. You grant us a perpetual, irrevocable licence to use Your Uploads for any purpose.",
    "3. We may also use Your Uploads to train our pattern recommendation models.",
    "4. You may delete Your Uploads from the marketplace at any time.",
  );

  test('the one addressed as "you" is a party: you are the user, "we" the other side, Your Uploads the work', () => {
    const r = readDocument(TERMS).roles;
    expect(r).toMatchObject({ user: "you", other: "we", work: "Your Uploads" });
    expect(r.question).toMatch(/you are "you", the other side is "we"/);
  });

  test("suggestions name the parties in the third person: the company behind \"we\", no \"the Your Uploads\", no \"we keeps\"", () => {
    const report = analyze(TERMS);
    expect(report.findings.length).toBeGreaterThan(0);
    const words = report.findings.flatMap((f) => f.suggestions.map((s) => `${s.replacement} ${s.comment}`)).join(" ");
    expect(words).toMatch(/Loomwise Crafts Ltd/);
    expect(words).not.toMatch(/\bthe Your\b|\b[Ww]e keeps\b|\blet we\b|\byou's\b/);
  });
});

describe("direction: which way each right flows (Provider is the user)", () => {
  const pre = doc(
    'This Agreement is made between Acme Corp., a Delaware corporation ("Customer"), and Jo Park, an individual ("Provider").',
    '"Deliverables" means the reports Provider delivers to Customer. Customer shall pay Provider the fees. Provider shall deliver the Deliverables.',
    "Customer engages Provider to prepare the reports. Provider shall prepare and deliver each report within ten days of a request.",
  );
  test.each<[string, string | null]>([
    ["Nothing in this Agreement prevents Provider from providing similar services to other customers or third parties.", null],
    ["Provider may use all Feedback freely, for any purpose.", null],
    ["Customer acknowledges that Provider may perform services for other clients, including competitors of Customer.", null],
    ["Customer grants Provider a perpetual, irrevocable licence to use Customer's logo in Provider's portfolio.", null],
    ["Provider retains all rights in its pre-existing tools and may use them for any purpose.", null],
    ["All Deliverables shall be the sole property of Provider.", null],
    ["Customer may use the Deliverables for any purpose.", "broad-license"],
    ["Customer may share the Deliverables with its affiliates.", "sublicensing"],
    ["Provider hereby assigns to Customer all right, title and interest in the Deliverables.", "ownership"],
    ["Customer may use all Feedback freely, for any purpose.", "broad-license"],
    // rights assigned to the user by its own subcontractors flow to the user
    ["Provider shall require each subcontractor it uses to assign all Intellectual Property Rights in its work to Provider.", null],
    ["Provider shall cause each subcontractor to assign all Intellectual Property Rights in its work to Customer.", "ownership"],
  ])("%s → %s", (text, category) => {
    const r = analyze([...pre, { text }]);
    expect(r.roles).toMatchObject({ user: "Provider", other: "Customer", work: "Deliverables", sure: true });
    const cats = r.findings.filter((f) => f.paragraph === 3).map((f) => f.category);
    if (category === null) expect(cats).toEqual([]);
    else expect(cats).toContain(category);
  });
});

test("while the roles are not sure, no finding is dropped for its direction; once confirmed, it is", () => {
  const thin = doc('This Agreement is between Acme Corp., a Delaware corporation ("Customer"), and Jo Park ("Provider").', "Provider may use all Feedback freely, for any purpose.");
  const guessed = analyze(thin);
  expect(guessed.roles.sure).toBe(false);
  expect(guessed.findings.length).toBeGreaterThan(0);
  const confirmed = analyze(thin, { roles: { user: "Provider" } });
  expect(confirmed.roles).toMatchObject({ user: "Provider", other: "Customer", source: "user" });
  expect(confirmed.findings).toEqual([]);
});

test("recitals state a background and grant nothing", () => {
  const r = analyze(doc("WHEREAS, the Agency wishes to obtain the right to use the Deliverables for any purpose and to share them with its affiliates;", "NOW, THEREFORE, the parties agree as follows:"));
  expect(r.findings).toEqual([]);
});

describe("document model: incorporated terms", () => {
  test("outside terms incorporated by reference make the review incomplete; the score never claims more than 90", () => {
    const text = [
      ...MSA,
      { text: "7. Standard Terms. The Agency's Standard Terms and Conditions available at https://terms.example.test/standard are incorporated by reference." },
    ];
    const r = analyze(text);
    expect(r.coverage.complete).toBe(false);
    expect(r.coverage.incorporated[0]).toMatchObject({ paragraph: 8, url: "https://terms.example.test/standard" });
    expect(r.score).toBeLessThanOrEqual(90);
    expect(r.breakdown.lowered[0]).toMatch(/review is incomplete/);
    // a clean contract with the same reference still cannot score 100
    const clean = analyze(doc("The Client shall pay the Designer on delivery.", "The Client's Privacy Policy, posted at www.example.test/privacy, is incorporated herein by reference."));
    expect(clean.coverage.complete).toBe(false);
    expect(clean.scoreIfAccepted).toBeLessThanOrEqual(90);
  });

  test("attached exhibits are part of the document, not outside terms", () => {
    const r = analyze(doc("The Statement of Work attached hereto as Exhibit A is incorporated herein by reference."));
    expect(r.coverage.complete).toBe(true);
    expect(r.coverage.incorporated).toEqual([]);
  });
});

describe("document model: the whole document", () => {
  test("footnotes and headers are read: an AI grant in a footnote is found, and the contract mentions AI", () => {
    const paragraphs = [
      ...MSA,
      { text: "Northwind Creative LLC — Confidential", part: "header" as const },
      { text: "1 The Agency may also use the Deliverables to train its machine learning models.", part: "footnote" as const },
    ];
    const r = analyze(paragraphs);
    expect(r.mentionsAi).toBe(true);
    const f = r.findings.find((x) => x.category === "ai-training-grant");
    expect(f?.paragraph).toBe(paragraphs.length - 1);
    expect(r.coverage.parts).toMatchObject({ body: MSA.length, header: 1, footnote: 1 });
    // the parties are still read from the body only
    expect(r.roles.user).toBe("Contractor");
  });
});

describe("clause reading: exclusions and AI technologies by name", () => {
  test.each<[string, string | null, boolean]>([
    // an exclusion after a ";" belongs to its own clause: the first clause's grant stands
    ["We may use your uploads to improve our models; they are never used to train third-party AI models.", "ai-training-grant", true],
    ["Company may use the Photographs to improve its computer vision models.", "ai-training-grant", false],
    ["We use the recordings to build and refine our speech recognition technology.", "ai-training-grant", false],
    ["The Studio uses image recognition to tag its own stock library.", null, false],
    ["Client shall not use the Deliverables to train any speech recognition system.", null, true],
  ])("%s", (text, category, credited) => {
    const r = analyze(doc(text));
    const cats = r.findings.map((f) => f.category);
    if (category) expect(cats).toContain(category);
    else expect(cats).toEqual([]);
    expect(r.protections.some((p) => p.kind === "no-ai-training" && !p.partial)).toBe(credited);
  });
});

describe("mostUsed: the role word counted most often (both role readers use it)", () => {
  const { mostUsed } = jest.requireActual<typeof import("../../../src/engine/read/roleWords")>("../../../src/engine/read/roleWords");
  test.each([
    [["Agency", "Client"], [["Agency", 2], ["Client", 5]], "Client", 5],
    [["Agency", "Client"], [["Agency", 3], ["Client", 3]], "Agency", 3], // the first of equals
    [["Agency", "Client"], [["Studio", 4]], undefined, 0],
  ] as const)("%j with %j → %s", (words, counts, word, count) => {
    expect(mostUsed(words, new Map(counts))).toEqual({ word, count });
  });
});

describe("document model: terms a maker writes in its own voice (\"You are hiring us\")", () => {
  // written for this test in the plain-English style many freelancers use; no party is named
  const OURS = doc(
    "Web design agreement",
    "You (the business that signs below) are hiring us to design and build a new website for the price in our quote.",
    "You will send us your logo, your photos and your copy when we ask for them. We will design the pages, build the site and test it on phones and laptops.",
    "We will share our working files with you every week, and you will review our work and reply within five working days.",
    "You agree to pay our invoices within fourteen days. We may pause the project while an invoice is unpaid.",
    "We'll own the templates and code libraries that we made before this project.",
    "When we receive your final payment, copyright in the designs is assigned to you.",
    "You will own the page layouts that we create for this project.",
    "You own all text, photos and data you provided.",
  );

  test('"we" make the work and "you" receive it: read as sure parties, the work term still asked', () => {
    const r = readDocument(OURS).roles;
    expect(r).toMatchObject({ user: "we", other: "you", partiesSure: true, sure: false });
    expect(r.evidence.user.map((e) => e.reason)).toEqual(expect.arrayContaining(["is engaged", "makes or delivers"]));
    expect(r.question).toMatch(/what your work is called/);
    expect(r.question).not.toMatch(/which side you are/);
    expect(formatReportText(analyze(OURS))).toMatch(/You: "we" · Other side: "you" · Your work: "[^"]+" \(read from the contract, please confirm\)/);
  });

  test("rights read the right way round: the maker's own templates are no risk; what passes to the client is, with a covenant by the client", () => {
    const report = analyze(OURS);
    const at = (i: number) => report.findings.filter((f) => f.paragraph === i);
    expect(at(5)).toEqual([]); // "We'll own the templates … we made before this project"
    expect(at(6).map((f) => f.category)).toEqual(["ownership"]); // "copyright … is assigned to you"
    expect(at(7).map((f) => f.category)).toEqual(["ownership"]); // "You will own the page layouts that we create"
    expect(at(8)).toEqual([]); // the client's own text, photos and data
    const fix = at(7)[0].suggestions[0].replacement;
    // the clause's words speak as the terms do: the client addressed as "you" covenants
    expect(fix).toMatch(/; however, you covenant, for yourself and your successors/);
    expect(fix).not.toMatch(/\bAgency\b|\bthe Client covenants\b|\byou covenants\b|\bwe covenants\b/);
  });

  test('the client is named from the blank after "you" and the maker from the name after "us"', () => {
    const report = analyze(
      doc(
        "You ([customer name]) are hiring us (Quillmark Studio Ltd) to write and design a brochure.",
        "We will write the copy and design the layouts. We will send you drafts and you will review our work.",
        "You agree to pay us the fee in our quote. We may use freelance proofreaders we trust.",
        "You'll own the layouts that we create for you once you have paid in full.",
        "We will deliver the final files by e-mail.",
      ),
    );
    expect(report.roles).toMatchObject({ user: "we", other: "you", partiesSure: true });
    // the comments name them in the third person; the clauses' words speak as the terms do ("you covenant")
    const comments = report.findings.flatMap((f) => f.suggestions.map((s) => s.comment)).join(" ");
    expect(comments).toMatch(/a covenant by the Customer/);
    expect(comments).toMatch(/Quillmark Studio Ltd/);
    expect(report.findings.flatMap((f) => f.suggestions.map((s) => s.replacement)).join(" ")).toMatch(/you covenant/);
  });

  test('the addendum says who its third-person names are: the "Client" means you and the "Contractor" means us', () => {
    const report = analyze(OURS);
    const intro = buildAddendum(addendumOptionsFor(OURS, report.parties))[1].text;
    expect(intro).toMatch(/between the Client and the Contractor\b/);
    expect(intro).toMatch(/In this addendum, the \u201cClient\u201d means you and the \u201cContractor\u201d means us\.$/);
    // a contract whose parties have names defines nothing more
    expect(buildAddendum(addendumOptionsFor(MSA, analyze(MSA).parties))[1].text).not.toMatch(/In this addendum/);
  });

  test('parties labelled only by pronouns ("You" … "We or Us") are "you" and "we"; the evidence still says who makes the work', () => {
    const r = readDocument(
      doc(
        'You, Maple Street Bakery ("You"), are hiring us, Fernleaf Web ("We or Us"), to design and build an online shop.',
        "You will send us your product photos and prices. We will design the shop, build it and test it. You will review our work each week.",
        "You agree to pay our invoices within thirty days. We may stop work while an invoice is overdue.",
        "We will host the shop for the first year. You may ask us for two rounds of changes to each page.",
      ),
    ).roles;
    expect(r).toMatchObject({ user: "we", other: "you", partiesSure: true });
  });

  test('a maker writing as "I" to "you" is read as "I"; a text that names the two sides by role words keeps them', () => {
    const mine = readDocument(
      doc(
        "You are hiring me to illustrate the cover and six chapter openers of your book.",
        "I will send you pencil sketches first. You will review my work and tell me what to change within a week.",
        "I will deliver the final illustrations as print-ready files. You agree to pay my invoices within fourteen days.",
        "I may show the finished illustrations in my portfolio. You may use them on the book, its cover and its marketing.",
      ),
    );
    expect(mine.roles).toMatchObject({ user: "I", other: "you", partiesSure: true });
    const named = readDocument(
      doc(
        'This agreement is between the Illustrator ("me") and the Client ("you").',
        "I will send you pencil sketches first. You will review my work and tell me what to change within a week.",
        "I will deliver the final illustrations as print-ready files. You agree to pay my invoices within fourteen days.",
        "I may show the finished illustrations in my portfolio. You may use them on the book and its marketing.",
      ),
    );
    expect(named.roles.user).toBe("Illustrator");
  });

  test('the client speaking as "we" to a freelancer addressed as "you": "you" make the work; a foundation\'s label is a party, not the work', () => {
    const r = readDocument(
      doc(
        'This agreement is between us, The Larkspur Foundation ("Larkspur"), and you, the developer named below.',
        "We are hiring you to build a volunteer sign-up tool. We will pay you the fee below when each milestone is accepted.",
        "You will write the code, test it and deliver it to us. We will review your work within five days.",
        "You assign to us all rights in the code you write for this project. We may publish the code under an open licence.",
      ),
    ).roles;
    expect(r.user).toBe("you");
    expect(r.other).toBe("Larkspur");
    expect(r.work).not.toBe("Larkspur");
  });

  test("a platform that hosts, maintains and delivers, and is paid its fees, is still no maker: its grants and AI training are found", () => {
    const terms = doc(
      "We will host the designs you upload and we will maintain backups of your files. We will make new features available from time to time and we will deliver notices to your inbox.",
      "You agree to pay our fees each month. We may change our fees on thirty days' notice.",
      "You keep the copyright in your designs. You hereby grant us a worldwide, perpetual, irrevocable, royalty-free licence to use, copy and adapt your designs, including to train our machine learning models.",
      "We may share your designs with our affiliates and service providers. We may use your designs to improve our products and services.",
      "You can close your account at any time. We will tell you before we change these terms.",
    );
    const report = analyze(terms);
    expect(report.roles).toMatchObject({ user: "you", other: "we" });
    expect(new Set(report.findings.map((f) => f.category))).toEqual(new Set(["broad-license", "ai-training-grant", "sublicensing", "ambiguous-purpose"]));
  });

  test('a writing platform\'s rules ("when you publish your story on Inkwell") make "you" the maker; a label with a slash ("Designer/Developer") is one party', () => {
    const rules = readDocument(
      doc(
        "1. Only finished stories may be published on Inkwell. We will remove any story that breaks these rules.",
        "2. Please proofread your story before you publish your story on Inkwell. We read every story before it appears.",
        "3. When you publish your story on Inkwell you keep the copyright, but the story stays in our archive for good.",
        "4. We may pick your story for a printed anthology, and we will tell you first. We do not pay for stories.",
        "5. We reserve the right to change these rules. If you have questions, write to us.",
      ),
    ).roles;
    expect(rules.user).toBe("you");
    expect(rules.other).toBe("we");
    const slash = readDocument(doc('Between: Dana Osei ("Designer/Developer") and [CLIENT NAME] ("Client").', "Designer/Developer agrees to build the website described below.", "Client shall pay Designer/Developer the fee below.")).roles;
    expect(slash.candidates.parties).toContain("Designer/Developer");
    expect(slash.user).toBe("Designer/Developer");
  });

  test("terms a platform writes to its users stay the other way round: you make the work, we take the licence", () => {
    const r = readDocument(
      doc(
        "Welcome to our pattern marketplace. These terms apply whenever you use our site.",
        "By uploading a pattern you grant us a worldwide licence to host, copy and show it.",
        "You keep the copyright in your patterns. You can delete your patterns at any time.",
        "We may use your patterns to promote our marketplace. We will not sell your patterns to anyone.",
        "You must not upload anything you do not have the right to share with us.",
        "We may suspend your account if you break these terms, and we will tell you why.",
      ),
    ).roles;
    expect(r.user).toBe("you");
    expect(r.other).toBe("we");
  });
});

describe("document model: a party's other names, a marketplace's buyers, a title on the cover", () => {
  test("a party labelled with two names ('(\"Producer\" or \"Kestrel\")') is read under both, and under the name before the label", () => {
    const model = readDocument(
      doc(
        "Video Production Agreement",
        'Kestrel Motion Co. ("Producer" or "Kestrel") and [Client Business Name] ("Client") agree as follows.',
        "Kestrel will create two promotional videos for the Client.",
        "Kestrel will deliver the final cuts by the dates below.",
        "Client will provide access to the venue.",
        "Client will provide a list of shots.",
        "Client will provide its logo files.",
        "Client will provide a contact person on the day.",
        "The fee is due within fifteen days of each invoice.",
      ),
    );
    expect(model.roles).toMatchObject({ user: "Producer", other: "Client" });
  });

  test("each label's other name is the one right before it, never the other party's ('Jane Doe (\"Designer\") and Northwind Inc. (\"Client\")')", () => {
    const model = readDocument(
      doc(
        "Design Agreement",
        'Jane Doe ("Designer") and Northwind Traders Inc. ("Client") agree as follows.',
        "1. The Designer will design the packaging and deliver the Designs by 1 May.",
        "2. Jane Doe will deliver the source files with the Designs. Jane Doe will prepare print-ready files.",
        "3. The Client may use the Designs for any purpose.",
        "4. Jane Doe hereby assigns to the Client all right, title and interest in the Designs.",
      ),
    );
    expect(model.roles).toMatchObject({ user: "Designer", other: "Client" });
    // no evidence about the Client is the Designer's own
    expect(model.roles.evidence.other.map((e) => e.quote).join(" ")).not.toMatch(/Jane Doe/);
  });

  test("a contractor above the maker ('the Prime Contractor') is never taken for the maker", () => {
    const model = readDocument(
      doc(
        "Subcontract Terms",
        "1. The Subcontractor will prepare the interior drawings for the Prime Contractor.",
        "2. The Prime Contractor will pay the Subcontractor within 30 days of each invoice.",
        "3. The Prime Contractor may use the drawings for any purpose.",
        "4. The Subcontractor assigns to the Prime Contractor all right, title and interest in the drawings.",
      ),
    );
    expect(model.roles.user).not.toBe("Prime Contractor");
  });

  test("a marketplace's terms that speak to \"you\" far more than of the \"Buyer\" have the parties \"we\" and \"you\": the buyer is a third party", () => {
    const you = "You keep your designs. You set your own prices, and you may remove your listing whenever you like. ";
    const report = analyze(
      doc(
        "Seller Terms",
        "These terms govern your shop on Loomly. We run the marketplace and we collect payment from each Buyer for you.",
        you + you,
        "When you upload your designs, you grant us a licence to display them and to use them for any purpose.",
        you + "We pay you each month, after we deduct our fee. A Buyer may ask us for a refund. We decide refunds. Each Buyer pays the listed price, and a Buyer may leave a review of your shop.",
        you + "We may suspend your shop if you break these terms.",
      ),
    );
    expect(report.roles).toMatchObject({ user: "you", other: "we" });
    expect(report.findings.map((f) => f.ruleId)).toContain("broad-license/any-purpose");
    // the fix is written as the terms speak
    expect(report.findings.find((f) => f.ruleId === "broad-license/any-purpose")!.suggestions[0].replacement).not.toMatch(/\bBuyer\b|\bthe Company\b/);
  });

  test("a client addressed as \"you\" and labelled by its role word stays that party ('you (\"Client,\" \"you\")')", () => {
    const you = "You will tell us what you need, you will review our drafts, and you will pay our invoices. ";
    const model = readDocument(
      doc(
        "Website Services Terms",
        'These terms are an agreement between you ("Client," "you") and Tessel Web Ltd ("we," "us").',
        you + you,
        "We will design and build your website and hand over the finished site (the \"Deliverables\") when you have paid.",
        "Client support requests go to our help desk. " + you,
      ),
    );
    expect(model.roles.user).not.toBe("you");
  });

  test("a role word the contract always writes inside a longer name is read as that name ('the Event Sponsor', not 'Sponsor')", () => {
    const model = readDocument(
      doc(
        "Poster Commission",
        "This commission is made between the Event Sponsor and the Illustrator named on the order form.",
        "The Illustrator will design and draw the festival poster. The Event Sponsor will pay the Illustrator the fee on the order form.",
        "The Illustrator grants the Event Sponsor a licence to print the poster. The Event Sponsor may not alter the poster without asking the Illustrator.",
        "The Event Sponsor will send the Illustrator the festival logo and dates.",
      ),
    );
    expect(model.roles).toMatchObject({ user: "Illustrator", other: "Event Sponsor" });
  });

  test("the one addressed and labelled ('you (\"Publisher\") grant Quaywell and its users …') is the maker, whatever its label's usual side; the one it grants to is the other party", () => {
    const model = readDocument(
      doc(
        "Quaywell Template Store: Publisher Terms",
        'By listing templates on the Quaywell Store ("Store"), you ("Publisher") grant Quaywell and its users the rights below.',
        "1. Quaywell may display your templates in the Store and may use them for any purpose connected with the Store.",
        "2. You confirm that you made each template or hold the rights to list it.",
        "3. Quaywell pays each Publisher seventy percent of every sale.",
      ),
    );
    expect(model.roles).toMatchObject({ user: "Publisher", other: "Quaywell" });
  });

  test("one side named by its role word, the other by its own name as the subject of its duties ('Harbourlight Video Co. shall …') — that name is the other party", () => {
    const model = readDocument(
      doc(
        "Terms and Conditions",
        "BOOKING: Harbourlight Video Co. shall be the only videographer retained by Client for the wedding named in the booking form.",
        "FOOTAGE: Harbourlight Video Co. will film the ceremony and the reception and will deliver an edited film within eight weeks.",
        "RIGHTS: Client may share the edited film with family and friends. Harbourlight Video Co. reserves the right to show clips of the film on its website.",
        "PAYMENT: Client shall pay the balance fourteen days before the wedding.",
      ),
    );
    expect(model.roles).toMatchObject({ user: "Harbourlight Video Co.", other: "Client" });
  });

  test("the first party named without a label before a labelled one is a party, under the short name the contract uses ('between Pinemark Studio LLC and Orla Foods, Inc. (\"Client\")' … 'Pinemark will')", () => {
    const model = readDocument(
      doc(
        "Schedule A: Scope of Work",
        'This Schedule A is made by and between **Pinemark Studio LLC** and **Orla Foods, Inc.** ("Client").',
        "1. Pinemark will design the new packaging and will deliver the print files by the dates below.",
        "2. Pinemark will provide two rounds of revisions. Client will provide its brand guidelines.",
        "3. Client shall pay Pinemark the fees in Schedule B.",
      ),
    );
    expect(model.roles).toMatchObject({ user: "Pinemark Studio LLC", other: "Client" });
  });

  test("a role word that only describes something ('Translator credentials', 'Company seal', 'Client Account') does not name a side; a programme's label is no party; 'Terms' is no party", () => {
    const you = "You can upload documents, and you can download your finished files from your account. ";
    const model = readDocument(
      doc(
        "Terms of Service",
        'By using the Quillon portal ("Service") you agree to these Terms of Service ("Terms").',
        "We translate the documents you upload and we deliver certified translations. Each translation carries our Translator credentials and our Company seal.",
        you + you,
        'Premium members may join our rewards scheme under our Loyalty Policy ("Loyalty Programs"). We will email you when your translation is ready. ' + you,
        "Client Account holders may pay by card. We may suspend your account if you break these terms.",
      ),
    );
    expect(model.roles.candidates.parties.sort()).toEqual(["we", "you"]);
  });

  // a review's counter-examples: none of these names a party the contract does not have
  test.each<[string, string[], Record<string, string>]>([
    [
      "a tool the contract says will do things ('Google Analytics will …') is no party",
      [
        "WEBSITE BUILD AGREEMENT",
        "This agreement sets out how the Developer will build a website for the business that signs below.",
        "1. Scope. The Developer shall design and develop a five-page website and deliver the source files on completion.",
        "2. Analytics. Google Analytics will be installed on every page. Google Analytics will collect visitor statistics. Google Analytics will not collect personal data.",
        "3. Payment. The business will pay the Developer's invoices within 30 days.",
      ],
      { user: "Developer" },
    ],
    [
      "a product named in terms written as \"we\" ('Adobe Creative Cloud will …') leaves \"we\" the maker",
      [
        "Brightline Video Production Terms",
        "We will shoot and edit the video described in your quote. We will deliver a first cut within 14 days. We will allow two rounds of revisions.",
        "The Client shall pay 50% of the quote before filming. The Client shall pay the balance on delivery.",
        "Adobe Creative Cloud will be used for editing. Adobe Creative Cloud will store project files for 90 days. Adobe Creative Cloud may be replaced by equivalent software.",
        "We own the raw footage. Once we have been paid in full, we grant the Client a perpetual licence to use the final video. We may show the video in our portfolio.",
      ],
      { user: "we", other: "Client" },
    ],
    [
      "a party whose name ends in 'Program' ('the Riverside Youth Music Program (\"Program\")') is a party",
      [
        "COMMISSION AGREEMENT",
        'This Agreement is between Dana Whitfield ("Composer") and the Riverside Youth Music Program ("Program").',
        "1. The Composer shall compose a ten-minute piece for string orchestra.",
        "2. The Program shall pay the Composer $3,000 on delivery of the score.",
        "3. The Composer grants the Program an exclusive licence to perform the piece for two years.",
      ],
      { user: "Composer", other: "Program" },
    ],
    [
      "a general contractor building for an owner is the maker",
      [
        "DESIGN-BUILD AGREEMENT",
        "This Agreement is between the Owner and the General Contractor identified in the signature block.",
        "1. The General Contractor shall design and build the exhibition stand described in Exhibit A.",
        "2. The Owner shall pay the General Contractor the contract sum in three instalments.",
        "3. The General Contractor grants the Owner a licence to reuse the stand design.",
      ],
      { user: "General Contractor", other: "Owner" },
    ],
    [
      "a labelled party named with its affiliates is not a second party ('between Bluebird Media LLC and its affiliates (collectively, \"Company\")')",
      [
        "FREELANCE DESIGN AGREEMENT",
        'This Agreement is between Bluebird Media LLC and its affiliates (collectively, "Company") and the designer who signs below.',
        "1. The Designer shall create social media graphics as requested by Company.",
        "2. Company shall pay the Designer $60 per hour.",
        "3. The Designer assigns all rights in the graphics to Company on payment.",
      ],
      { user: "Designer", other: "Company" },
    ],
    [
      "a blank to fill in ('between DESIGNER NAME and CLIENT NAME (\"Client\")') is no party",
      [
        "GRAPHIC DESIGN AGREEMENT",
        'This Agreement is made between DESIGNER NAME and CLIENT NAME ("Client").',
        "1. The Designer shall create a logo and brand guide.",
        "2. The Client shall pay the Designer the fee in Schedule A.",
        "3. On payment, the Designer assigns copyright in the final logo to the Client.",
      ],
      { user: "Designer", other: "Client" },
    ],
  ])("%s", (_name, texts, want) => {
    expect(readDocument(doc(...texts)).roles).toMatchObject(want);
  });

  test("a title on the cover page ('FREELANCER TERMS OF ENGAGEMENT') names no party", () => {
    const model = readDocument(
      doc(
        "FREELANCER TERMS OF ENGAGEMENT",
        'In these terms "we", "us" and "our" mean Corvid Press Ltd, and "you" means the freelancer who accepts a brief from us.',
        "You will write the articles in the brief and send them to us by the dates we agree with you.",
        "We will pay your invoice within thirty days after we accept your articles, and you may send us an invoice each month.",
        "You assign to us all copyright in your articles. You can ask us at any time what we have published.",
      ),
    );
    expect(model.roles).toMatchObject({ user: "you", other: "we" });
  });
});
