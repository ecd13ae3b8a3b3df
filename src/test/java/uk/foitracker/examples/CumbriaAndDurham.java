package uk.foitracker.examples;

import static uk.foitracker.examples.Example.BlankMeaning.NONE;
import static uk.foitracker.examples.Example.BlankMeaning.NOT_STATED;
import static uk.foitracker.examples.Example.BlankMeaning.ZERO;
import static uk.foitracker.rules.Outcome.PROVIDED_IN_FULL;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.examples.Example.Answer;
import uk.foitracker.examples.Example.Instalment;
import uk.foitracker.examples.Example.Question;
import uk.foitracker.examples.Example.Reference;
import uk.foitracker.examples.Example.Rights;
import uk.foitracker.examples.Example.Row;
import uk.foitracker.examples.Example.Table;

/** Examples 01 and 02: the two police letters answering the same request with tables. */
final class CumbriaAndDurham {
  private CumbriaAndDurham() {}

  private static final String STEM =
      "1. The total number of crimes logged by your force that happened in, or on, hospital"
          + " grounds in the years 2019/20 to 2023/24.";

  static Example cumbria() {
    Table q1a =
        new Table(
            "Question 1a.",
            "Financial Year",
            List.of("Number of Crimes Recorded"),
            List.of(
                Row.of("2019/2020", "635"),
                Row.of("2020/2021", "505"),
                Row.of("2021/2022", "569"),
                Row.of("2022/2023", "513"),
                Row.of("2023/2024", "278"),
                Row.total("Total", "2500")),
            NONE,
            false,
            null);
    Table q1b =
        new Table(
            "Question 1b.",
            "Offence Sub Group",
            List.of("2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "Grand Total"),
            List.of(
                Row.of("Absconding From Lawful Custody", "1", "", "3", "1", "", "5"),
                Row.of("Arson", "2", "2", "2", "4", "", "10"),
                Row.of("Bicycle Theft", "2", "", "1", "", "1", "4"),
                Row.of("Burglary Business and Community", "5", "3", "3", "2", "1", "14"),
                Row.of("Burglary Residential", "1", "", "1", "", "", "2"),
                Row.of("Criminal Damage", "69", "48", "54", "50", "33", "254"),
                Row.of("Dangerous Driving", "", "1", "", "", "", "1"),
                Row.of(
                    "Disclosure, Obstruction, False Or Misleading Statements Etc",
                    "",
                    "",
                    "",
                    "1",
                    "",
                    "1"),
                Row.of("Interfering With A Motor Vehicle", "1", "", "", "", "", "1"),
                Row.of("NFIB52B Hacking-Personal", "1", "", "", "2", "", "3"),
                Row.of(
                    "NFIB5A Cheque, Plastic card and Online Bank Accounts (not PSP)",
                    "2",
                    "",
                    "1",
                    "",
                    "",
                    "3"),
                Row.of("NFIB90 Other Fraud Not Covered Elsewhere", "2", "9", "1", "1", "", "13"),
                Row.of("Other Forgery", "", "", "", "1", "", "1"),
                Row.of("Other Notifiable Offences", "", "", "", "2", "", "2"),
                Row.of(
                    "Other Offences Against The State Or Public Order",
                    "5",
                    "3",
                    "2",
                    "4",
                    "3",
                    "17"),
                Row.of("Other Sexual Offences", "11", "10", "10", "19", "13", "63"),
                Row.of("Other Theft", "52", "25", "27", "20", "11", "135"),
                Row.of("Perverting The Course Of Justice", "", "", "", "1", "", "1"),
                Row.of("Possession Of Article With Blade Or Point", "3", "6", "4", "", "2", "15"),
                Row.of("Possession of Drugs", "11", "6", "6", "8", "12", "43"),
                Row.of("Possession Of Other Weapons", "1", "2", "2", "", "2", "7"),
                Row.of("Public Fear, Alarm Or Distress", "64", "34", "54", "55", "25", "232"),
                Row.of(
                    "Racially Or Religiously Aggravated Public Fear, Alarm Or Distress",
                    "8",
                    "15",
                    "20",
                    "18",
                    "13",
                    "74"),
                Row.of("Rape", "8", "4", "3", "3", "1", "19"),
                Row.of("Shoplifting", "", "1", "", "", "", "1"),
                Row.of("Stalking and Harassment", "19", "16", "38", "25", "7", "105"),
                Row.of("Theft from the person", "2", "", "1", "", "", "3"),
                Row.of("Theft From Vehicle", "6", "2", "", "", "", "8"),
                Row.of(
                    "Threat Or Possession With Intent To Commit Criminal Damage",
                    "",
                    "1",
                    "1",
                    "3",
                    "",
                    "5"),
                Row.of("Trafficking In Controlled Drugs", "1", "", "", "1", "", "2"),
                Row.of("Violence with Injury", "99", "60", "89", "74", "26", "348"),
                Row.of("Violence without Injury", "259", "257", "246", "218", "128", "1108"),
                Row.total("Grand Total", "635", "505", "569", "513", "278", "2500")),
            ZERO,
            true,
            null);
    // Table 1: columns by the position of the figures under the (wrapped) hospital names; the
    // two rows after the page break are placed by their position too.
    Table table1 =
        new Table(
            "Table 1.",
            "Outcome",
            List.of(
                "Brampton War Memorial Hospital",
                "Carleton Clinic",
                "Cockermouth Community Hospital",
                "Cumberland Infirmary",
                "Furness General Hospital",
                "James Cook University Hospital",
                "Keswick (Mary Hewetson) Community Hospital"),
            List.of(
                Row.of("Adult Caution with Alternate Offence", "", "1", "", "", "1", "", ""),
                Row.of("Cannabis warning", "", "", "", "1", "1", "", ""),
                Row.of("Caution - adults", "", "2", "", "5", "9", "", ""),
                Row.of("Charge/summons", "", "94", "", "150", "101", "", ""),
                Row.of("Charge/Summonsed with Alternate Offence", "", "7", "", "12", "7", "", ""),
                Row.of("Community resolution", "", "23", "", "10", "15", "", ""),
                Row.of(
                    "Diversionary, educational or intervention activity undertaken",
                    "",
                    "",
                    "",
                    "1",
                    "5",
                    "",
                    ""),
                Row.of(
                    "Evidential Difficulties Victim Based – Named suspect not identified: The"
                        + " crime is confirmed but the victim either declines/ or is unable to"
                        + " support further police investigation to identify the offender.",
                    "",
                    "7",
                    "",
                    "10",
                    "4",
                    "",
                    ""),
                Row.of(
                    "Formal action against the offender is not in the public interest (Police)",
                    "",
                    "4",
                    "",
                    "2",
                    "",
                    "",
                    ""),
                Row.of(
                    "Investigation Complete: No suspect identified. Crime investigated as far as"
                        + " reasonably possible –Case closed pending further investigative"
                        + " opportunities becoming available",
                    "2",
                    "59",
                    "2",
                    "74",
                    "50",
                    "",
                    "1"),
                Row.of(
                    "Named suspect – further investigation not in public interest",
                    "1",
                    "99",
                    "1",
                    "65",
                    "74",
                    "",
                    "1"),
                Row.of(
                    "Named Suspect identified: evidential difficulties prevent further action;"
                        + " victim does not support (or has withdrawn support from) police action",
                    "4",
                    "413",
                    "3",
                    "120",
                    "153",
                    "",
                    "3"),
                Row.of(
                    "Named Suspect identified: victim supports police action but evidential"
                        + " difficulties prevent further action",
                    "2",
                    "99",
                    "2",
                    "47",
                    "57",
                    "1",
                    "2"),
                Row.of("Other Agency Delegations", "", "1", "", "5", "1", "", ""),
                Row.of("Penalty Notice for Disorder", "", "1", "", "", "1", "", ""),
                Row.of(
                    "Prosecution not in the public interest (CPS) (all offences)",
                    "",
                    "1",
                    "",
                    "",
                    "",
                    "",
                    ""),
                Row.of(
                    "Prosecution prevented – Named suspect identified but is too ill (physical or"
                        + " mental health) to prosecute",
                    "",
                    "77",
                    "2",
                    "24",
                    "73",
                    "",
                    ""),
                Row.of(
                    "Prosecution prevented – Named suspect identified but victim or key witness"
                        + " is dead or too ill to give evidence",
                    "",
                    "9",
                    "1",
                    "",
                    "7",
                    "",
                    ""),
                Row.of(
                    "Prosecution time limit expired: Suspect identified but prosecution time"
                        + " limit has expired.",
                    "",
                    "11",
                    "",
                    "4",
                    "2",
                    "",
                    "")),
            NOT_STATED,
            false,
            null);
    // Table 2: the rows after the page break have lost their alignment; placed by position.
    Table table2 =
        new Table(
            "Table 2.",
            "Outcome",
            List.of(
                "Maryport Victoria Cottage Hospital",
                "Millom Hospital",
                "Penrith Hospital",
                "Royal Lancaster Infirmary",
                "Ryhope Hospital",
                "West Cumberland Hospital",
                "Westmorland General Hospital",
                "Workington Community Hospital"),
            List.of(
                Row.of("Cannabis warning", "", "", "", "", "", "1", "", ""),
                Row.of("Caution - adults", "1", "", "1", "", "", "3", "1", ""),
                Row.of("Caution - youths", "", "", "", "", "", "3", "", ""),
                Row.of("Charge/summons", "1", "", "2", "1", "1", "61", "5", "1"),
                Row.of("Charge/Summonsed with Alternate Offence", "", "", "", "", "", "3", "1", ""),
                Row.of("Community resolution", "", "", "1", "1", "", "3", "3", ""),
                Row.of(
                    "Diversionary, educational or intervention activity undertaken",
                    "",
                    "",
                    "",
                    "2",
                    "",
                    "1",
                    "",
                    ""),
                Row.of(
                    "Evidential Difficulties Victim Based – Named suspect not identified: The"
                        + " crime is confirmed but the victim either declines/ or is unable to"
                        + " support further police investigation to identify the offender.",
                    "2",
                    "",
                    "1",
                    "",
                    "",
                    "2",
                    "2",
                    "1"),
                Row.of(
                    "Investigation Complete: No suspect identified. Crime investigated as far as"
                        + " reasonably possible –Case closed pending further investigative"
                        + " opportunities becoming available",
                    "1",
                    "2",
                    "4",
                    "",
                    "",
                    "31",
                    "9",
                    "4"),
                Row.of(
                    "Named suspect – further investigation not in public interest",
                    "",
                    "",
                    "3",
                    "1",
                    "",
                    "48",
                    "14",
                    "1"),
                Row.of(
                    "Named Suspect identified: evidential difficulties prevent further action;"
                        + " victim does not support (or has withdrawn support from) police action",
                    "1",
                    "",
                    "3",
                    "",
                    "",
                    "124",
                    "15",
                    "15"),
                Row.of(
                    "Named Suspect identified: victim supports police action but evidential"
                        + " difficulties prevent further action",
                    "1",
                    "",
                    "3",
                    "",
                    "",
                    "40",
                    "5",
                    "1"),
                Row.of("Other Agency Delegations", "", "", "", "", "1", "", "1", ""),
                Row.of(
                    "Prosecution prevented – Named suspect identified but is too ill (physical or"
                        + " mental health) to prosecute",
                    "",
                    "",
                    "",
                    "",
                    "19",
                    "13",
                    "2",
                    ""),
                Row.of(
                    "Prosecution prevented – Named suspect identified but victim or key witness"
                        + " is dead or too ill to give evidence",
                    "",
                    "",
                    "",
                    "",
                    "4",
                    "",
                    "",
                    ""),
                Row.of(
                    "Prosecution time limit expired: Suspect identified but prosecution time"
                        + " limit has expired.",
                    "",
                    "",
                    "",
                    "",
                    "1",
                    "1",
                    "",
                    "")),
            NOT_STATED,
            false,
            "Police forces in the United Kingdom are routinely required to provide statistics to"
                + " government bodies and the recording criteria is set nationally. However, the"
                + " systems used for recording these figures are not generic, nor are the"
                + " procedures used locally in capturing the data. It should be noted that for"
                + " these reasons this force’s response to your questions should not be used for"
                + " comparison purposes with any other response you may receive.");
    return new Example(
        "01-cumbria-hospital-crimes-tables.txt",
        "cumbria",
        "Cumbria Constabulary",
        "FOIA",
        "FOIA",
        List.of(
            new Reference("FOI 1306/25", "My Reference", true, true),
            new Reference("FOI-24576-25-0300-000", "Your reference", false, true)),
        LocalDate.of(2025, 9, 15),
        null,
        null,
        List.of(),
        List.of(new Instalment(LocalDate.of(2025, 10, 13), List.of(1, 2, 3, 4))),
        "Crimes in or on hospital grounds 2019/20 to 2023/24 (Cumbria)",
        "Under the provisions of the FOI Act, please can you provide the following: "
            + STEM
            + " Please could these be broken down as follows:",
        List.of(
            new Question("1a", null, "For each year", PROVIDED_IN_FULL),
            new Question("1b", null, "By the nature of each crime description", PROVIDED_IN_FULL),
            new Question("1c", null, "What the crime outcome was for each crime", PROVIDED_IN_FULL),
            new Question("1d", null, "The name of the hospital in each case", PROVIDED_IN_FULL)),
        null,
        List.of(
            new Answer(
                List.of(1),
                List.of(
                    "Your request for information has now been considered and I can confirm"
                        + " Cumbria Constabulary does hold some information relevant to your"
                        + " request and where this is the case I have today decided to disclose"
                        + " this to you.",
                    "Please note: the information provided has been extracted from Cumbria"
                        + " Constabulary’s crime recording system. A keywords search has been"
                        + " conducted.",
                    "Please also note: A keyword search may not accurately identify all"
                        + " information held by the Constabulary."),
                List.of(q1a),
                1),
            new Answer(
                List.of(2),
                List.of(
                    "The total number of crimes logged by your force that happened in, or on,"
                        + " hospital grounds in the years 2019/20 to 2023/24 by the nature of each"
                        + " crime description"),
                List.of(q1b),
                1),
            new Answer(
                List.of(3, 4),
                List.of(
                    "Please note, the information below shows the crime outcomes and the name of"
                        + " each hospital where the crime occurred. The data has been split into"
                        + " two separate tables to make it more accessible."),
                List.of(table1, table2),
                1)),
        List.of(),
        null,
        new Rights(
            "If you believe your request has not been properly handled, or you are otherwise"
                + " dissatisfied with the outcome of your request, you have the right to request"
                + " an internal review.",
            "If you remain dissatisfied following conclusion of the internal review, you have the"
                + " right, under section 50 of the Freedom of Information Act, to complain"
                + " directly to the Information Commissioner."),
        List.of(),
        null,
        List.of(),
        List.of());
  }

  static Example durham() {
    Table hospitals =
        new Table(
            "Total Crime Count with Hospital Breakdown",
            "Hospital Name / Financial Year",
            List.of("2019/20", "2020/21", "2021/22", "2022/23", "2023/24"),
            List.of(
                Row.of("Bishop Auckland General Hospital", "2", "2", "1", "2", "1"),
                Row.of("Chester-le-Street Community Hospital", "-", "-", "-", "-", "1"),
                Row.of("Darlington Memorial Hospital", "46", "41", "73", "76", "110"),
                Row.of("Lanchester Road Hospital", "54", "47", "52", "61", "77"),
                Row.of("Priory Hospital", "1", "2", "1", "61", "73"),
                Row.of("University Hospital of North Durham", "11", "49", "66", "46", "63"),
                Row.of("West Park Hospital", "27", "72", "96", "50", "79"),
                Row.total("Total", "141", "213", "289", "296", "404")),
            ZERO,
            false,
            null);
    Table groups =
        new Table(
            "Crime Group Breakdown",
            "Crime Group / Financial Year",
            List.of("2019/20", "2020/21", "2021/22", "2022/23", "2023/24"),
            List.of(
                Row.of("Burglary", "2", "2", "-", "-", "1"),
                Row.of("Criminal Damage and Arson", "28", "33", "16", "26", "29"),
                Row.of("Drug Offence", "9", "9", "12", "7", "14"),
                Row.of("Fraud", "-", "2", "1", "-", "3"),
                Row.of("Miscellaneous Crime Against Society", "2", "2", "1", "5", "6"),
                Row.of("Possession of Weapons", "1", "1", "3", "1", "2"),
                Row.of("Public Order Offence", "33", "43", "63", "53", "47"),
                Row.of("Robbery", "-", "-", "-", "2", "-"),
                Row.of("Sexual Offence", "2", "4", "12", "13", "13"),
                Row.of("Theft Offence", "19", "11", "12", "15", "17"),
                Row.of("Violence Against the Person", "45", "106", "169", "174", "272"),
                Row.total("Total", "141", "213", "289", "296", "404")),
            ZERO,
            false,
            null);
    Table outcomes =
        new Table(
            "Crime Outcomes Breakdown",
            "Crime Outcome / Financial Year",
            List.of("2019/20", "2020/21", "2021/22", "2022/23", "2023/24"),
            List.of(
                Row.of("Charged or Summonsed", "28", "42", "61", "38", "53"),
                Row.of("Not in the Public Interest - Police", "2", "4", "5", "6", "9"),
                Row.of(
                    "Named Suspect Identified - Suspect Too Ill to Prosecute",
                    "24",
                    "34",
                    "50",
                    "84",
                    "140"),
                Row.of(
                    "Named Suspect Identified - Victim or Key Witness is Dead or Too Ill",
                    "-",
                    "2",
                    "3",
                    "4",
                    "10"),
                Row.of(
                    "Suspect NOT Identified - Evidential Difficulties: Victim Declines or Unable"
                        + " to Support",
                    "4",
                    "3",
                    "3",
                    "3",
                    "5"),
                Row.of(
                    "Named Suspect Identified - Evidential Difficulties: Victim Supportive",
                    "8",
                    "45",
                    "45",
                    "37",
                    "46"),
                Row.of(
                    "Named Suspect Identified - Evidential Difficulties: Victim NOT Supportive",
                    "20",
                    "28",
                    "49",
                    "63",
                    "87"),
                Row.of(
                    "Investigation Complete - No Suspect Identified", "12", "12", "12", "23", "21"),
                Row.of("Cautioned - Youth", "-", "-", "3", "-", "-"),
                Row.of("Further Action by Another Body or Agency", "2", "1", "4", "8", "6"),
                Row.of(
                    "Further Investigation is Not in the Public Interest - Police",
                    "24",
                    "19",
                    "23",
                    "15",
                    "14"),
                Row.of(
                    "Diversionary, Educational or Intervention Activity", "3", "4", "4", "2", "3"),
                Row.of("Cautioned - Adult", "3", "8", "9", "5", "4"),
                Row.of("Offender has Died", "-", "-", "-", "-", "1"),
                Row.of("Penalty Notice for Disorder", "1", "-", "-", "-", "-"),
                Row.of("Cannabis or Khat Warning", "1", "-", "-", "-", "-"),
                Row.of("Community Resolution", "7", "11", "14", "7", "4"),
                Row.of("Not in the Public Interest - CPS", "2", "-", "-", "1", "1")),
            NOT_STATED,
            false,
            null);
    return new Example(
        "02-durham-hospital-crimes-dash-zeros.txt",
        "durham",
        "Durham Constabulary",
        "FOIA",
        "FOIA",
        List.of(new Reference("1406745", "Reference", true, true)),
        null,
        null,
        null,
        List.of(),
        List.of(new Instalment(LocalDate.of(2025, 10, 15), List.of(1, 2, 3, 4))),
        "Crimes in or on hospital grounds 2019/20 to 2023/24 (Durham)",
        "The total number of crimes logged by your force that happened in, or on, hospital"
            + " grounds in the years 2019/20 to 2023/24. Please could these be broken down as"
            + " follows:",
        List.of(
            new Question(null, null, "For each year", PROVIDED_IN_FULL),
            new Question(null, null, "By the nature of each crime description", PROVIDED_IN_FULL),
            new Question(null, null, "What the crime outcome was for each crime", PROVIDED_IN_FULL),
            new Question(
                null, null, "And the name of the hospital in each case", PROVIDED_IN_FULL)),
        "Locations of Interest Bishop Auckland General Hospital, Cockton Hill Road, Bishop"
            + " Auckland, DL146AD Chester-le-Street Community Hospital, 29 Front Street,"
            + " Chester-Le-Street, DH33AT Darlington Memorial Hospital, Hollyhurst Road, Darlington,"
            + " DL36HX Lanchester Road Hospital, Lanchester Road, Durham, DH1 5RD Peterlee Community"
            + " Hospital, O'Neill Drive, Peterlee, SR85UQ Priory Hospital, Middleton St George,"
            + " Darlington, DL2 1TS Richardson Community Hospital, Victoria Road, Barnard Castle,"
            + " DL12 Sedgefield Community Hospital, Salters Lane, Sedgefield, TS213EE Shotley Bridge"
            + " Community Hospital, Consett, DH80NB University Hospital of North Durham, North Road,"
            + " Durham DH15TW Weardale Community Hospital, 6 Horn Hall, Stanhope, Bishop Auckland,"
            + " DL132JR West Park Hospital, Edward Pease Way, Darlington, DL2 2TS",
        List.of(
            new Answer(
                List.of(1, 2, 3, 4),
                List.of(
                    "I can confirm that the information requested is held by Durham"
                        + " Constabulary. I have detailed within the tables below the information"
                        + " that is being released to you. Please note that there were 0 crimes"
                        + " recorded at some of the locations of interest for the timeframe of"
                        + " the request therefore do not feature in the tables."),
                List.of(hospitals, groups, outcomes),
                1)),
        List.of(),
        null,
        new Rights(
            "If you are dissatisfied with the handling of your request, you have the right to ask"
                + " for an internal review. Internal review requests should be submitted within"
                + " 40 working days of the date of receipt of the response to your original"
                + " request and should be addressed to:",
            "If you are still dissatisfied with our response after the internal review you have a"
                + " right of appeal to the Information Commissioner at:"),
        List.of(),
        null,
        List.of(),
        List.of());
  }
}
