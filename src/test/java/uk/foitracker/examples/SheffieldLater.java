package uk.foitracker.examples;

import static uk.foitracker.rules.Outcome.NOT_HELD;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_FULL;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_PART;
import static uk.foitracker.rules.Outcome.REFUSED_EXEMPTION;
import static uk.foitracker.rules.Outcome.RELATED_INFORMATION_GIVEN;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.examples.Example.Answer;
import uk.foitracker.examples.Example.Attachment;
import uk.foitracker.examples.Example.Citation;
import uk.foitracker.examples.Example.Instalment;
import uk.foitracker.examples.Example.Question;
import uk.foitracker.examples.Example.Reference;
import uk.foitracker.examples.Example.Review;
import uk.foitracker.examples.Example.Rights;

/** Examples 06 to 08: EIR, s.14 with an internal review, two instalments. */
final class SheffieldLater {
  private SheffieldLater() {}

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Example carriageway() {
    String pfi =
        "Sheffield City Council has a Private Finance Initiative contract with Amey Hallam Highways"
            + " Ltd for the delivery of a complete highway maintenance service which includes all"
            + " highway maintenance activities such as street lighting, street cleaning,"
            + " carriageway and footway resurfacing, signal maintenance, etc.";
    String payments =
        "Payments made by the Council under the contract do not relate to the provision of"
            + " specific items of work. Instead, a single payment is made for each month of the"
            + " 25-year term of the contract.";
    String amey =
        "Amey is currently responsible for all highway maintenance activities. Subcontractors are"
            + " used to support with specialist maintenance activities where required.";
    return new Example(
        "06-sheffield-carriageway-repairs-eir-12-5-e.txt",
        "sheffield-carriageway-repairs",
        Sheffield.AUTHORITY,
        "EIR",
        "FOIA",
        List.of(),
        d(2025, 4, 7),
        d(2025, 4, 8),
        d(2025, 5, 8),
        List.of(),
        List.of(new Instalment(d(2025, 5, 8), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))),
        "Carriageway repairs",
        "I am requesting information under the Freedom of Information Act 2000 regarding"
            + " carriageway repairs in the council area. I would like to request the following"
            + " data:",
        List.of(
            new Question(
                "Question 1",
                null,
                "Do you use internal or external contractors to facilitate the following pothole"
                    + " repairs, patching works, pre patching and small scale resurfacing projects",
                PROVIDED_IN_FULL),
            new Question(
                "Question 2",
                null,
                "What machinery do you use for pothole repairs, patching works, pre patching and"
                    + " small scale resurfacing works",
                PROVIDED_IN_FULL),
            new Question(
                "Question 3",
                null,
                "How much do you spend per pothole repair on average via traditional methods and"
                    + " machinery repairs",
                NOT_HELD),
            new Question(
                "Question 4",
                null,
                "How much does it cost you to repair each identified pothole on average?",
                NOT_HELD),
            new Question(
                "Question 5",
                null,
                "Are you in contact with a company for pothole/patching/pre-pathing repairs? if so"
                    + " who is this contractor with",
                PROVIDED_IN_PART),
            new Question(
                "Question 6",
                null,
                "How many years does this contract have left to run for pothole/patching works",
                PROVIDED_IN_FULL),
            new Question(
                "Question 7",
                null,
                "What machinery have you reviewed/received a demo on to speed up carriageway"
                    + " repairs",
                PROVIDED_IN_FULL),
            new Question(
                "Question 8",
                null,
                "How do you fund pothole & patching repairs, Capital or revenue, what is the"
                    + " split?",
                RELATED_INFORMATION_GIVEN),
            new Question(
                "Question 9",
                null,
                "Do you use your own internal teams for Highways repairs? In relation to potholes/"
                    + " patching and pre patching?",
                PROVIDED_IN_FULL),
            new Question(
                "Question 10",
                null,
                "What frameworks do you call upon for additional machinery or operatives, in"
                    + " relation to Highway repairs?",
                PROVIDED_IN_FULL)),
        null,
        List.of(
            new Answer(
                List.of(1),
                List.of(
                    pfi
                        + " Amey currently uses both its own internal teams and external"
                        + " contractors."),
                List.of(),
                1),
            new Answer(
                List.of(2),
                List.of(
                    "Amey uses the following machinery:",
                    "Whacker plate",
                    "JCB",
                    "Roller",
                    "Stihl Saw",
                    "Breaker",
                    "Cat and Genny"),
                List.of(),
                1),
            new Answer(
                List.of(3),
                List.of(
                    pfi
                        + " "
                        + payments
                        + " As a result, we do not have a figure for the"
                        + " costs incurred by Amey for individual operations such as pothole repair."),
                List.of(),
                1),
            new Answer(List.of(4), List.of("See answer to Question 3."), List.of(), 1),
            new Answer(
                List.of(5),
                List.of(amey + " We are withholding the name of the sub-contractor."),
                List.of(),
                1),
            new Answer(
                List.of(6),
                List.of("The PFI Highway Maintenance Contract runs until 2037."),
                List.of(),
                1),
            new Answer(
                List.of(7),
                List.of(
                    "Amey has reviewed or received demonstrations of the following:",
                    "Thermo-Active road repair treatment",
                    "Road Mender Asphalt",
                    "Retread road surface treatment",
                    "Ralumac road surface treatment"),
                List.of(),
                1),
            new Answer(List.of(8), List.of(pfi + " " + payments), List.of(), 1),
            new Answer(
                List.of(9),
                List.of(amey + " Amey remains responsible for any highway sites."),
                List.of(),
                1),
            new Answer(
                List.of(10),
                List.of(
                    "Amey partnerships with supply chains to source additional operatives and"
                        + " machinery as and when required.",
                    "To learn more about Amey’s governance, or to investigate becoming a supply"
                        + " chain partner, visit: https://www.amey.co.uk/about-us/governance"),
                List.of(),
                1)),
        List.of(
            new Citation(
                "reg 12(5)(e)",
                "EIR-12-5-e",
                List.of(5),
                List.of(
                    "Regulation 12(5)(e) of the Environmental Information Regulations 2004 (EIR)"
                        + " provides an exception for the confidentiality of commercial"
                        + " information where such confidentiality is provided by law to protect a"
                        + " legitimate economic interest.",
                    "(1) The information is commercial because Amey Hallam Highways Ltd is trading"
                        + " company operating for profit.",
                    "(2) The information is subject to confidentiality provided by law. There is a"
                        + " duty of confidence that the council owes its contractors.",
                    "(3) The legitimate economic interests of Amey are maintaining their"
                        + " competitiveness in an open market. We want to avoid publishing"
                        + " information which would likely prejudice their ability to compete for"
                        + " other contracts.",
                    "(4) Confidentiality would be adversely affected by disclosure because it is"
                        + " subject to confidentiality provided by law and that confidentiality"
                        + " was provided to protect a legitimate economic interest.",
                    "Regulation 12(5)(e) is subject to the public interest test set out at"
                        + " regulation 12(1)(b). Therefore, the Council must consider whether, in"
                        + " all the circumstances of the case, the public interest in maintaining"
                        + " the exception outweighs the public interest in disclosing the withheld"
                        + " information.",
                    "Furthermore, regulation 12(2) of the EIR requires a public authority to apply"
                        + " a presumption in favour of disclosure when relying on any of the"
                        + " regulation 12 exceptions."),
                List.of("reg 12(1)(b)", "reg 12(2)"),
                List.of("The public interest in disclosure is transparency and accountability."),
                List.of(
                    "The public interest withholding the information is the harm to the"
                        + " commercial interests of Amey Hallam Highways Ltd, which will be"
                        + " disadvantaged compared to its competitors."),
                List.of(
                    "The public interest in maintaining the exception outweighs the public"
                        + " interest in disclosure. This is because, the withheld information"
                        + " retains a commercial sensitivity, and it would not be in the public"
                        + " interest for information to be disclosed which would prejudice the"
                        + " Council’s efforts to maintain proper relationships with its"
                        + " contractors.",
                    "In reaching this decision we have relied upon the guidance from the"
                        + " Information Commissioner’s Office (ICO)."))),
        null,
        Sheffield.RIGHTS,
        List.of(),
        Sheffield.OGL,
        List.of(),
        List.of());
  }

  static Example goLocalBids() {
    return new Example(
        "07-sheffield-go-local-bids-s14-internal-review.txt",
        "sheffield-go-local-bids",
        Sheffield.AUTHORITY,
        "FOIA",
        "FOIA",
        List.of(
            new Reference("FOI / 1596", "Reference", true, true),
            new Reference("1596", "our reference (internal review)", false, true)),
        d(2015, 3, 4),
        d(2015, 3, 4),
        d(2015, 4, 1),
        List.of(),
        List.of(new Instalment(d(2015, 3, 6), List.of(1))),
        "Bids submitted for consideration at the \"Go Local\" funding initiative",
        null,
        List.of(
            new Question(
                null,
                null,
                "Please can I have copies of all the 338 bids that were submitted for"
                    + " consideration for go-local funding in 2012. Please can you indicate which"
                    + " bids were Rejected, Area approved, approved for voting events and the"
                    + " outcome as decided by voting.",
                REFUSED_EXEMPTION)),
        null,
        List.of(),
        List.of(
            new Citation(
                "s.14(1)",
                "FOIA-14-1",
                List.of(1),
                List.of(
                    "This request for information is exempt from disclosure under Section 14 of"
                        + " the Freedom of Information Act 2000 as it is deemed to be vexatious.",
                    "Please note that a formal refusal notice has been sent to your home address"
                        + " as the release of notice may release private information into the"
                        + " public domain. By its very nature a Section 14 notice is personal in"
                        + " nature based on the request history and contact of the requestor with"
                        + " the public authority"),
                List.of("s.17(1)"),
                List.of(),
                List.of(),
                List.of())),
        null,
        new Rights(
            "If you are unhappy with the response you have received in relation to your request,"
                + " you are entitled to have this reviewed. You can ask for an internal review by"
                + " either writing to the above address or by emailing [Sheffield City Council"
                + " request email].",
            "If you remain dissatisfied with the outcome of your internal review, you can contact"
                + " the Information Commissioners Office. The Information Commissioner can be"
                + " contacted at: The Information Commissioner's Office, Wycliffe House, Water"
                + " Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 113, or for further"
                + " details see their website www.ico.gov.uk"),
        List.of(
            new Review(
                d(2015, 3, 8),
                d(2015, 3, 9),
                d(2015, 3, 10),
                d(2015, 4, 8),
                d(2015, 4, 8),
                "Charlotte Mead",
                "UPHELD",
                List.of(
                    "This response was provided within 20 working days, therefore, I am satisfied"
                        + " that Section 10 of the Freedom of Information Act was correctly"
                        + " complied with in this case.",
                    "Having undertaken such consideration when handling your initial request and"
                        + " under this review we are firmly of the view that your request is"
                        + " vexatious and section 14(1) was applied correctly for the reasons set"
                        + " out in our letter of 4^th March 2015.",
                    "In relation to your request, Section 14 is not subject to a Public Interest"
                        + " Test.",
                    "In conclusion, it is my view that your Freedom of Information request has"
                        + " been handled correctly and within the legal requirements of the Freedom"
                        + " of Information Act 2000."))),
        null,
        List.of(),
        List.of());
  }

  static Example casework() {
    return new Example(
        "08-sheffield-casework-two-instalments.txt",
        "sheffield-casework",
        Sheffield.AUTHORITY,
        "FOIA",
        "FOIA",
        List.of(new Reference("FOI 934961", "attachment names", true, true)),
        d(2023, 10, 1),
        d(2023, 10, 4),
        d(2023, 10, 30),
        List.of(d(2023, 10, 30)),
        List.of(
            new Instalment(d(2024, 2, 1), List.of(1, 2, 3)),
            new Instalment(d(2024, 2, 2), List.of(2))),
        "Casework logged by councillors",
        "Please provide the following information under the Freedom Of Information Act: -",
        List.of(
            new Question(
                null,
                null,
                "The system used by councillors for logging items of casework received from"
                    + " constituents",
                PROVIDED_IN_FULL),
            new Question(
                null,
                null,
                "The number of casework items entered by each councillor for the years 2022, 2021"
                    + " and 2020",
                PROVIDED_IN_PART),
            new Question(
                null,
                null,
                "The minimum level of public engagement expected by the council from it's"
                    + " councillors",
                RELATED_INFORMATION_GIVEN)),
        null,
        List.of(
            new Answer(
                List.of(1),
                List.of(
                    "Since 2022, we have used Microsoft One Note; before that we were using Excel"
                        + " spreadsheets."),
                List.of(),
                1),
            new Answer(
                List.of(2),
                List.of(
                    "The attached list Includes the number of cases raised by individual"
                        + " Councillors for the period 2022-23, but it should be noted that not all"
                        + " cases are logged in the Casework system; some Councillors will deal"
                        + " with cases themselves.",
                    "Earlier records are proving difficult to extract from. Both 2020 and 2021"
                        + " were during Covid lockdown period where staff did not have access to"
                        + " council systems and individual councillors would therefore have"
                        + " managed their own casework. Our records are patchy and laborious to"
                        + " extract from as they are a combination of One Note and Excel"
                        + " spreadsheets. A further disclosure to you will be made imminently."),
                List.of(),
                1),
            new Answer(
                List.of(3),
                List.of(
                    "We refer you to the articles of the constitution relating to Members and"
                        + " Citizens and the Councillor Code of Conduct to give information which"
                        + " might be considered relevant. Both are published documents, and these"
                        + " are the links to the council webpages:",
                    "Constitution: Article 2 – Members of the Council:"
                        + " https://democracy.sheffield.gov.uk/docum...",
                    "Article 3 - Citizens & the Council Part 2C - Article 3 - Citizens and the"
                        + " Council 2022.pdf (sheffield.gov.uk)",
                    "Councillor Code of Conduct: https://democracy.sheffield.gov.uk/docum..."),
                List.of(),
                1),
            new Answer(
                List.of(2),
                List.of(
                    "Please find the outstanding data for this request regarding the number of"
                        + " items of case work logged against our councillors for the years"
                        + " 2021-2022.",
                    "We do not hold information for 2020, which was a year of lockdowns, when our"
                        + " inability to access council systems during lockdown when we worked"
                        + " from home means we can find no data; it is likely that individual"
                        + " councillors managed their own casework during that year."),
                List.of(),
                2)),
        List.of(),
        null,
        Sheffield.RIGHTS,
        List.of(),
        Sheffield.OGL,
        List.of(
            new Attachment("FOI 934961 Casework by Councillors 2022 23.docx", "20K", 1),
            new Attachment(
                "FOI 934961 Casework by Councillors 2021 to 2022 final response.docx", "27K", 2)),
        List.of());
  }
}
