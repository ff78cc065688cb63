/**
 * Issue 11: forms that online terms of service use (written for this test, in other words than any
 * source): training "on" content without naming a model, content kept out of a training corpus,
 * service improvement as a purpose, new offerings, "however we want", the user's files, content
 * passing to an acquirer or across a family of companies, and sub-processors for payments only.
 */
import { analyze } from "../../src/engine";

const report = (text: string) => analyze([{ text }]);
const categories = (text: string) => [...new Set(report(text).findings.map((f) => f.category))];
const aiProtections = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training");

describe("flagged", () => {
  test.each<[string, string]>([
    ["We may train our models on your uploaded files.", "ai-training-grant"],
    ["Our processors may use your Content for their own service improvement purposes.", "ambiguous-purpose"],
    ["We may use your Content for purposes including innovation and the creation of new offerings.", "ambiguous-purpose"],
    ["When you upload a photo, you let us use it however we want.", "broad-license"],
    ["We may access and analyze your files to develop new features.", "ambiguous-purpose"],
    ["If we sell our business, your Content and the rights you granted us will transfer to the acquirer.", "sublicensing"],
    ["Your Content may be shared across our family of companies and used to promote their products.", "sublicensing"],
    ["We use subprocessors to host your Content, and for payment processing.", "sublicensing"],
    ["The Provider may use Customer Content to improve the performance, accuracy and functionality of the Provider's technology.", "ambiguous-purpose"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("protective", () => {
  test.each(["By default, we do not train on data from our business customers.", "The Provider shall ensure that Customer Content is not commingled with any training corpus."])("%s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });
});

describe("neutral", () => {
  test.each([
    "The staff will train on the new booking system.",
    "The Contractor will train on the Client's equipment.",
    "Either party may assign this Agreement to a successor or acquirer of its business.",
    "Title to the equipment will transfer to the buyer on delivery.",
    "The Client may share the Deliverables within its marketing team.",
    "The Contractor will improve the performance, speed and reliability of the Client's website.",
    "We use subprocessors listed on our website to provide hosting, email delivery and payment processing.",
  ])("%s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});
