package uk.foitracker.examples;

import static uk.foitracker.rules.Outcome.PROVIDED_IN_FULL;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_PART;
import static uk.foitracker.rules.Outcome.REFUSED_COST_LIMIT;
import static uk.foitracker.rules.Outcome.REFUSED_EXEMPTION;
import static uk.foitracker.rules.Outcome.RELATED_INFORMATION_GIVEN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import uk.foitracker.examples.Example.Answer;
import uk.foitracker.examples.Example.Citation;
import uk.foitracker.examples.Example.Cost;
import uk.foitracker.examples.Example.CostLine;
import uk.foitracker.examples.Example.Instalment;
import uk.foitracker.examples.Example.Licence;
import uk.foitracker.examples.Example.Question;
import uk.foitracker.examples.Example.Reference;
import uk.foitracker.examples.Example.Related;
import uk.foitracker.examples.Example.Rights;

/** Examples 03 to 08: Sheffield City Council's threads on WhatDoTheyKnow. */
final class Sheffield {
  private Sheffield() {}

  static final String AUTHORITY = "Sheffield City Council";

  static final Licence OGL =
      new Licence(
          "Open Government Licence v3.0",
          "The information provided in this response is available for re-use under the terms of"
              + " the Open Government Licence v3.0.",
          "Contains public sector information obtained from Sheffield City Council and licensed"
              + " under the Open Government Licence v3.0.");

  static final Rights RIGHTS =
      new Rights(
          "If you are unhappy with the response you have received in relation to your request,"
              + " you are entitled to have this reviewed. You can ask for an internal review by"
              + " replying to this email. Internal review requests should be submitted within 40"
              + " working days from the date of this response.",
          "If you remain dissatisfied with the outcome of your internal review, you can contact"
              + " the Information Commissioner’s Office. Please see"
              + " https://ico.org.uk/make-a-complaint/offi... for further details.");

  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  static Example foiStatistics() {
    String q = "How many freedom of information requests and environmental information regulation";
    List<Question> questions = new ArrayList<>();
    for (String quarter :
        List.of("quarter 1 2024", "quarter 4 2023", "quarter 3 2023", "quarter 2 2023")) {
      questions.add(
          new Question(
              null, null, q + " requests did you receive in " + quarter + "?", REFUSED_EXEMPTION));
    }
    questions.add(
        new Question(
            null, null, q + " requests did you receive in quarter 1 2023?", REFUSED_EXEMPTION));
    questions.add(
        new Question(
            null,
            null,
            "Do you hold data on freedom of information requests and environmental information"
                + " regulation requests submitted to your local authority in 2022?",
            PROVIDED_IN_FULL));
    List<String> quarters =
        List.of(
            "quarter 1 2024",
            "quarter 4 2023",
            "quarter 3 2023",
            "quarter 2 2023",
            "quarter 1 2023");
    for (String quarter : quarters) {
      questions.add(
          new Question(
              null,
              null,
              q
                  + " requests were fully or partially refused with an exemption under the freedom"
                  + " of information act in "
                  + quarter
                  + "?",
              REFUSED_COST_LIMIT));
    }
    for (String quarter : quarters) {
      questions.add(
          new Question(
              null,
              null,
              q
                  + " requests were responded to after the 20 working day deadline in "
                  + quarter
                  + "?",
              REFUSED_EXEMPTION));
    }
    questions.add(
        new Question(
            null,
            null,
            "How many staff do you have whose primary job is working on freedom of information"
                + " and environmental information regulation requests?",
            PROVIDED_IN_FULL));
    questions.add(
        new Question(
            null,
            null,
            "How many employees are employed at your local authority?",
            PROVIDED_IN_FULL));
    questions.add(
        new Question(
            null,
            null,
            "How many employees are employed at your local authority to manage complaints"
                + " submitted from the public?",
            RELATED_INFORMATION_GIVEN));
    questions.add(
        new Question(
            null,
            null,
            "How many employees are employed at your local authority to manage data breaches and"
                + " data protection matters?",
            PROVIDED_IN_FULL));
    questions.add(
        new Question(
            null,
            null,
            "How many employees are employed at your local authority to manage subject access"
                + " requests matters?",
            PROVIDED_IN_FULL));
    String link = "Please see the following link: Information Rights | Data Mill North";
    String s21 =
        "As this is information, which is accessible to the applicant by other means, it is exempt"
            + " from disclosure under section 21 of the Freedom of Information Act 2000.";
    String advice =
        "Under section 16 of the Freedom of Information Act 2000, we have a duty to provide advice"
            + " and assistance to requesters. If you would like to narrow down the focus of your"
            + " request to a specific month, we would be happy to process your revised request as"
            + " a new request for information under the Freedom of Information Act 2000.";
    return new Example(
        "03-sheffield-foi-statistics-s21-s12.txt",
        "sheffield-foi-statistics",
        AUTHORITY,
        "FOIA",
        "FOIA",
        List.of(
            new Reference("FOI / 1202891", "subject line of a quoted message (cut)", true, false)),
        d(2024, 7, 8),
        d(2024, 7, 10),
        d(2024, 8, 7),
        List.of(),
        List.of(new Instalment(d(2024, 8, 7), range(1, 21))),
        "Freedom of Information data",
        null,
        questions,
        null,
        List.of(
            new Answer(range(1, 5), List.of(link), List.of(), 1),
            new Answer(List.of(6), List.of("Yes."), List.of(), 1),
            new Answer(range(12, 16), List.of(link), List.of(), 1),
            new Answer(
                List.of(17),
                List.of(
                    "2.25 FTE in the central team. However, colleagues across the organisation are"
                        + " involved in collating information to respond to requests."),
                List.of(),
                1),
            new Answer(
                List.of(18),
                List.of("8626 (Distinct headcount including employed casual staff)"),
                List.of(),
                1),
            new Answer(
                List.of(19),
                List.of(
                    "Please find a link to the complaints policy – which is available at the"
                        + " following link:"
                        + " corporate_complaint_handling_policy_all_services_excluding_housing_and_repairs.pdf"
                        + " (sheffield.gov.uk)",
                    "Within the introduction it states:",
                    "All employees of Sheffield City Council will carry out our commitment to"
                        + " solving problems and responding positively to complaints",
                    "There is also other information regarding the Complaints team in section 4."),
                List.of(),
                1),
            new Answer(
                List.of(20),
                List.of(
                    "Data breaches and data protection matters are managed by the Information"
                        + " Management team (7 employees), however, colleagues across the"
                        + " organisation have responsibility in these matters."),
                List.of(),
                1),
            new Answer(
                List.of(21),
                List.of(
                    "Subject Access requests are managed by the Information Management and SAR"
                        + " team (12 employees) . However, colleagues across the organisation"
                        + " have some responsibility in handling information requests, this can"
                        + " include collating, redacting, and issuing responses."),
                List.of(),
                1)),
        List.of(
            new Citation(
                "s.21",
                "FOIA-21",
                range(1, 5),
                List.of(s21),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            new Citation(
                "s.12",
                "FOIA-12",
                range(7, 11),
                List.of(
                    "The information you have requested is exempt from disclosure under section 12"
                        + " of the Freedom of Information Act 2000. Sheffield City Council does"
                        + " hold the information you have requested. However, we do not record"
                        + " the information in a format that allows us to produce an electronic"
                        + " report of this. Therefore, we would have to carry out a manual search"
                        + " of our records."),
                List.of("SI 2004 No. 3244"),
                List.of(),
                List.of(),
                List.of()),
            new Citation(
                "s.16",
                "FOIA-16",
                range(7, 11),
                List.of(advice),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
            new Citation(
                "s.21",
                "FOIA-21",
                range(12, 16),
                List.of(s21),
                List.of(),
                List.of(),
                List.of(),
                List.of())),
        new Cost(
            range(7, 11),
            List.of(
                new CostLine(
                    "LOCATING",
                    "We estimate that we would need to search over 2000 records and that it would"
                        + " take 2 minutes to search each record to identify the outcome of each"
                        + " request.",
                    2000,
                    "2",
                    null,
                    4000)),
            "66 hours",
            "Therefore, it would take us 66 hours to collate the information, which is more than"
                + " the cost limit of 18 hours or £450 specified in the Freedom of Information and"
                + " Data Protection (Appropriate Limit and Fees) Regulations 2004 (SI 2004 No."
                + " 3244).",
            advice),
        RIGHTS,
        List.of(),
        OGL,
        List.of(),
        List.of());
  }

  static Example charityCommission() {
    List<String> reasons =
        List.of(
            "We appreciate this is a new request following our refusal of your last, which"
                + " exceeded the “appropriate limit” cost of compliance. Unfortunately, your"
                + " revision still requires a level of processing far beyond the 18 hour limit"
                + " specified in the Freedom of Information and Data Protection (Appropriate Limit"
                + " and Fees) Regulations 2004 (SI 2004 No. 3244). We are therefore declining to"
                + " process it under section 12 of the Act.",
            "Whilst you have reduced your request from all communications from the Charity"
                + " Commission to the council since 2005, to only those relating to Graves"
                + " Park/Norton Nurseries, you have increased the scope of the request to include"
                + " the council’s communications with the Charity Commission.",
            "We do want to be able to respond to you. Our objections are only technical and have"
                + " no bearing on the content of any material, which may or may not engage"
                + " exemptions. We expect though the balance of the public interest to favour"
                + " disclosure.");
    return new Example(
        "04-sheffield-charity-commission-s12-time-breakdown.txt",
        "sheffield-charity-commission",
        AUTHORITY,
        "FOIA",
        "FOIA",
        List.of(),
        d(2024, 1, 24),
        d(2024, 1, 25),
        d(2024, 2, 21),
        List.of(),
        List.of(new Instalment(d(2024, 2, 21), List.of(1))),
        "Charity Commission correspondence on Graves Park/Norton Nurseries",
        "A previous FOIR, after a long delay and an Internal Review, has been refused on cost"
            + " grounds. I was invited to make a new Request more limited in scope:",
        List.of(
            new Question(
                null,
                null,
                "Please provide all information (emails,letters, meeting minutes, phone"
                    + " conversation notes,etc) relating to communications between the Charities"
                    + " Commission and Sheffield City Council in which there is mention of Graves"
                    + " Park/Norton Nurseries between 2005 and the present.",
                REFUSED_COST_LIMIT)),
        null,
        List.of(),
        List.of(
            new Citation(
                "s.12",
                "FOIA-12",
                List.of(1),
                reasons,
                List.of("SI 2004 No. 3244"),
                List.of(),
                List.of(),
                List.of())),
        new Cost(
            List.of(1),
            List.of(
                new CostLine(
                    "LOCATING",
                    "An insight, if we may, into Legal Services alone: the effort taken, for this"
                        + " new request of yours, just locating the files and the deed packets to"
                        + " interrogate has taken two and a half hours.",
                    null,
                    null,
                    150,
                    150),
                // the number of files is not stated: the line's minutes are what is left of the
                // stated 20.5 hours, so that the entered total is the letter's
                new CostLine(
                    "EXTRACTING",
                    "We estimate two hours to go through each file",
                    null,
                    "120",
                    null,
                    1020),
                new CostLine(
                    "EXTRACTING",
                    "this is before looking through eight deed packets, which should take an hour"
                        + " in total.",
                    8,
                    null,
                    60,
                    60)),
            "20.5 hours",
            "This takes Legal Service’s time to 20.5 hours. And that is before we go to archived"
                + " electronic records and the records of senior lawyers. These figures would be"
                + " replicated across the council.",
            "If you would like to narrow down the focus of your request, we would be happy to"
                + " process your revised request as a new request for information under the"
                + " Freedom of Information Act 2000."),
        RIGHTS,
        List.of(),
        OGL,
        List.of(),
        List.of(
            new Related(
                "NARROWED",
                "We appreciate this is a new request following our refusal of your last")));
  }

  static Example drupal() {
    String h1 = "Cost of your LocalGov Drupal website(s)/CMS:";
    String h2 =
        "Cost of the website/CMS that immediately preceded your LocalGov Drupal website(s)/CMS:";
    String h3 = "Due diligence:";
    List<Question> questions =
        List.of(
            new Question(
                null,
                h1,
                "What was the spend with suppliers for the design, implementation, and training to"
                    + " enable your organisation to go live with its LocalGov Drupal"
                    + " website(s)/CMS?",
                REFUSED_EXEMPTION),
            new Question(
                null,
                h1,
                "What is the annual spend with suppliers for the maintenance, development and"
                    + " hosting of your LocalGov Drupal website(s)/CMS?",
                REFUSED_EXEMPTION),
            new Question(
                null,
                h1,
                "What internal resource (FTE) was devoted to the design, implementation, and"
                    + " training to enable your organisation to go live with its LocalGov Drupal"
                    + " website(s)/CMS?",
                PROVIDED_IN_FULL),
            new Question(
                null,
                h1,
                "What internal resource (FTE) is devoted to the maintenance, development and"
                    + " hosting of your LocalGov Drupal website(s)/CMS?",
                PROVIDED_IN_FULL),
            new Question(
                null,
                h2,
                "What was the spend with suppliers for the design, implementation, and training to"
                    + " enable your organisation to go live with your website solution that"
                    + " immediately preceded your LocaGov Drupal website(s)/CMS?",
                REFUSED_EXEMPTION),
            new Question(
                null,
                h2,
                "What is the annual spend with suppliers for the maintenance, development and"
                    + " hosting of the solution that immediately preceded your LocaGov Drupal"
                    + " website(s)/CMS?",
                REFUSED_EXEMPTION),
            new Question(
                null,
                h2,
                "What internal resource (FTE) was devoted to the design, implementation, and"
                    + " training to enable your organisation to go live with the solution that"
                    + " immediately preceded your LocaGov Drupal website(s)/CMS?",
                PROVIDED_IN_FULL),
            new Question(
                null,
                h2,
                "What internal resource (FTE) is devoted to the maintenance, development and"
                    + " hosting of the solution that immediately preceded your LocalGov Drupal"
                    + " website(s)/CMS?",
                PROVIDED_IN_FULL),
            new Question(
                null,
                h3,
                "What soft market testing or other market evaluation did your organisation"
                    + " undertake prior to selecting the LocalGov Drupal Solution?",
                PROVIDED_IN_FULL),
            new Question(
                null,
                h3,
                "Please outline how many bidders were invited to bid for the design,"
                    + " implementation, training, development, maintenance and hosting of your"
                    + " organisation’s LocalGov Drupal website(s)/CMS, and the pricing that each"
                    + " supplier quoted.",
                PROVIDED_IN_PART),
            new Question(
                null,
                h3,
                "Please outline how many bidders were invited to bid for the design,"
                    + " implementation, training, development, maintenance and hosting of your"
                    + " organisation’s website(s)/CMS using a software platform other than"
                    + " LocalGov Drupal and the pricing that each supplier quoted.",
                REFUSED_EXEMPTION));
    String eight = "The website is managed by the Digital Services Team, who are currently 8 FTE";
    String seven =
        "The website was managed by the Digital Services Team who at the time were 7 FTE";
    return new Example(
        "05-sheffield-drupal-cms-s43-public-interest.txt",
        "sheffield-drupal-cms",
        AUTHORITY,
        "FOIA",
        "FOIA",
        List.of(
            new Reference("FOI / 1100260", "subject line of a quoted message (cut)", true, false)),
        d(2024, 4, 11),
        d(2024, 4, 15),
        d(2024, 5, 10),
        List.of(d(2024, 5, 10)),
        List.of(new Instalment(d(2024, 8, 1), range(1, 11))),
        "LocalGov Drupal CMS platform",
        "Under the Freedom of Information Act 2000, I kindly request information regarding the"
            + " LocalGov Drupal Content Management System (CMS) platform used by your council.",
        questions,
        "If any of the requested information is not readily available, I would appreciate your"
            + " guidance on the steps I can take to obtain the necessary data. Thank you for your"
            + " attention to this matter. I look forward to your response.",
        List.of(
            new Answer(
                List.of(1, 2),
                List.of(
                    "The contract for the Drupal software which is contract with supplier Big Blue"
                        + " Door Ltd commenced 1.9.2021 for a period of 2 years with options to"
                        + " extend of 2 x 12 months – the first OTE has been taken therefore the"
                        + " contract has a break point of 31.8.2024 in which a decision will be"
                        + " taken if to take the remaining OTE to August 2025."),
                List.of(),
                1),
            new Answer(List.of(3), List.of(eight), List.of(), 1),
            new Answer(List.of(4), List.of(eight), List.of(), 1),
            new Answer(List.of(5), List.of("S43 as above"), List.of(), 1),
            new Answer(List.of(6), List.of("S43 as above."), List.of(), 1),
            new Answer(List.of(7), List.of(seven), List.of(), 1),
            new Answer(List.of(8), List.of(seven), List.of(), 1),
            new Answer(
                List.of(9),
                List.of(
                    "The contract is a Call Off via Crown Commercial Services G-Cloud framework in"
                        + " which framework guidance is followed."),
                List.of(),
                1),
            new Answer(List.of(10), List.of("3 bids were received."), List.of(), 1),
            new Answer(List.of(11), List.of("S43 as above."), List.of(), 1)),
        List.of(
            new Citation(
                "s.43(2)",
                "FOIA-43-2",
                List.of(1, 2, 5, 6),
                List.of(
                    "The information is exempt from disclosure under section 43(2) of the Freedom"
                        + " of Information Act 2000 on the grounds that disclosure of this"
                        + " information would prejudice the commercial interests of the"
                        + " contractor. The contractor’s rates are not available on the open"
                        + " market and disclosure of this information would provide an unfair"
                        + " advantage to competitors."),
                List.of(),
                List.of(
                    "Factors in favour of disclosure are that disclosure promotes openness and"
                        + " transparency."),
                List.of(
                    "Factors in favour of maintaining the exemption are that there is a public"
                        + " interest in allowing public authorities to withhold information which,"
                        + " if disclosed, would reduce its contractors’ ability to negotiate or"
                        + " compete in a commercial environment."),
                List.of(
                    "On balance, the Council believes that the public interest lies in"
                        + " maintaining the exemption.")),
            new Citation(
                "s.43(2)",
                "FOIA-43-2",
                List.of(10, 11),
                List.of(
                    "Section 43 provides information is exempt if its disclosure would, or would"
                        + " likely to, prejudice the commercial interests of any person (which"
                        + " includes a company). The disclosure of this information may prejudice"
                        + " the company’s commercial interests as it would reveal information"
                        + " about the price they are willing to accept for this project."),
                List.of(),
                List.of(
                    "There is always interest in the way public authorities spend money. In the"
                        + " current financial climate, there is greater need to ensure public"
                        + " money is being spent on the right services and activities whilst"
                        + " getting the best value.",
                    "The Council does, wherever lawful and possible, disclose information about"
                        + " the money it spends, the decisions it makes and the activities it"
                        + " carries out because it helps to:",
                    "• Improve public awareness and allow members of the public to engage in"
                        + " public debate about decisions and initiatives affecting the locality",
                    "• Promote accountability and transparency in the way public money is spent"
                        + " and the process behind contracting services",
                    "• Encourage other potential suppliers to bid for contracts, leading to"
                        + " greater competition, and possibly decreasing the cost to the Council"),
                List.of(
                    "The tender process is a critical process in determining what services can be"
                        + " acquired. It is a process that requires interested parties to bid for"
                        + " work and to be clear about what services can be offered and delivered"
                        + " with agreed timescales and at what cost.",
                    "The Council understands the need for transparency and openness, but also"
                        + " needs to weigh up the impact of disclosing information about other"
                        + " organisations, which in this case might:",
                    "• Result in legal action if the organisation wishes to pursue a breach of"
                        + " confidentiality. The duty of confidentiality is well established in"
                        + " law and there is a strong interest in confidence being maintained",
                    "• Impact on the organisation’s ability to compete in a competitive market"
                        + " because information about a bidding failure may hit commercial or"
                        + " public confidence in the firm. This may result in the loss of business"
                        + " the company receives together with its ability to obtain supplies or"
                        + " secure finance, and in more extreme cases, jobs.",
                    "• Discourage companies to bid for future work with the Council amid concerns"
                        + " that information will be disclosed despite their wishes, which may"
                        + " result in fewer choices and higher costs for the Council.",
                    "• Prejudice the commercial interests of the Council by affecting adversely"
                        + " its bargaining position during contractual negotiations which would"
                        + " result in the less effective use of public money.",
                    "• Reduce tender submissions if businesses disengage from the bidding process"
                        + " if they consider they are unable to compete with the disclosed bidders"
                        + " in any other future process."),
                List.of(
                    "On consideration of the points above, we believe the public interest in"
                        + " maintaining the exemption outweighs the interest in disclosing the"
                        + " information and therefore have decided that the information should be"
                        + " refused."))),
        null,
        RIGHTS,
        List.of(),
        OGL,
        List.of(),
        List.of());
  }
}
