-- Issue 17 points 2 and 3: one citation for several questions, the catalogue at subsection level,
-- neither-confirm-nor-deny provisions and precedents. The classes (absolute, qualified, NCND and
-- the duty excluded) agree with uk.foitracker.rules.ProvisionCatalogue (FOIA s.2(3), EIR reg
-- 12(1)(b) and 12(6)); ProvisionCatalogueConsistencyTest checks every row against it.

-- A neither-confirm-nor-deny provision, and the duty it excludes (FOIA s.1(1)(a); EIR reg 5(1)).
alter table provision add column ncnd boolean default false not null;
alter table provision add column excluded_duty varchar(40);

-- Room for subsections between the sections: the order is display only.
update provision set sort_order = sort_order * 10;

insert into provision (code, regime, reference, title, kind, explanation, sort_order, ncnd, excluded_duty) values
('FOIA-22-1', 'FOIA', 's.22(1)', 'Information intended for future publication', 'QUALIFIED', 'Information held with a view to its publication at a future date, where it is reasonable in all the circumstances to withhold it until then.', 1101, false, null),
('FOIA-23-1', 'FOIA', 's.23(1)', 'Information supplied by, or relating to, bodies dealing with security matters', 'ABSOLUTE', 'Information directly or indirectly supplied by, or relating to, any of the bodies listed in s.23(3). Absolute (s.2(3)(b)).', 1301, false, null),
('FOIA-23-5', 'FOIA', 's.23(5)', 'Security bodies: duty to confirm or deny', 'ABSOLUTE', 'The duty to confirm or deny does not arise if confirming or denying would involve the disclosure of information supplied by, or relating to, a security body. Absolute (s.2(3)(b)).', 1305, true, 's.1(1)(a)'),
('FOIA-24-1', 'FOIA', 's.24(1)', 'National security', 'QUALIFIED', 'Information is exempt if exemption from s.1(1)(b) is required for the purpose of safeguarding national security. Subject to the public interest test.', 1401, false, null),
('FOIA-24-2', 'FOIA', 's.24(2)', 'National security: duty to confirm or deny', 'QUALIFIED', 'The duty to confirm or deny does not arise if exemption from s.1(1)(a) is required for the purpose of safeguarding national security. Subject to the public interest test (s.2(1)(b)).', 1402, true, 's.1(1)(a)'),
('FOIA-27-1', 'FOIA', 's.27(1)', 'International relations', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice relations between the United Kingdom and another State or an international organisation or court, or the interests of the United Kingdom abroad.', 1601, false, null),
('FOIA-27-4', 'FOIA', 's.27(4)', 'International relations: duty to confirm or deny', 'QUALIFIED', 'The duty to confirm or deny does not arise if, or to the extent that, confirming or denying would, or would be likely to, prejudice the matters in s.27(1) or involve disclosing confidential information from another State. Subject to the public interest test (s.2(1)(b)).', 1604, true, 's.1(1)(a)'),
('FOIA-30-1', 'FOIA', 's.30(1)', 'Investigations and proceedings conducted by public authorities', 'QUALIFIED', 'Information held at any time for the purposes of a criminal investigation or criminal proceedings the authority has a duty or power to conduct.', 1901, false, null),
('FOIA-30-3', 'FOIA', 's.30(3)', 'Investigations and proceedings: duty to confirm or deny', 'QUALIFIED', 'The duty to confirm or deny does not arise in relation to information which is (or if it were held would be) exempt under s.30(1) or (2). Subject to the public interest test (s.2(1)(b)).', 1903, true, 's.1(1)(a)'),
('FOIA-31-1-a', 'FOIA', 's.31(1)(a)', 'Law enforcement: the prevention or detection of crime', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the prevention or detection of crime.', 2001, false, null),
('FOIA-31-1-b', 'FOIA', 's.31(1)(b)', 'Law enforcement: the apprehension or prosecution of offenders', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the apprehension or prosecution of offenders.', 2002, false, null),
('FOIA-31-1-c', 'FOIA', 's.31(1)(c)', 'Law enforcement: the administration of justice', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the administration of justice.', 2003, false, null),
('FOIA-31-1-d', 'FOIA', 's.31(1)(d)', 'Law enforcement: the assessment or collection of any tax or duty', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the assessment or collection of any tax or duty or of any imposition of a similar nature.', 2004, false, null),
('FOIA-31-1-e', 'FOIA', 's.31(1)(e)', 'Law enforcement: the operation of the immigration controls', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the operation of the immigration controls.', 2005, false, null),
('FOIA-31-1-f', 'FOIA', 's.31(1)(f)', 'Law enforcement: security and good order in prisons', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the maintenance of security and good order in prisons or other institutions where persons are lawfully detained.', 2006, false, null),
('FOIA-31-1-g', 'FOIA', 's.31(1)(g)', 'Law enforcement: functions for the purposes in s.31(2)', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the exercise by any public authority of its functions for any of the purposes in s.31(2), such as ascertaining whether any person has failed to comply with the law (s.31(2)(a)) or whether regulatory action is justified (s.31(2)(c)).', 2007, false, null),
('FOIA-31-1-h', 'FOIA', 's.31(1)(h)', 'Law enforcement: civil proceedings', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice civil proceedings brought by or on behalf of a public authority arising out of an investigation for any of the purposes in s.31(2).', 2008, false, null),
('FOIA-31-1-i', 'FOIA', 's.31(1)(i)', 'Law enforcement: fatal accident inquiries in Scotland', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice an inquiry under the Fatal Accidents and Sudden Deaths Inquiries (Scotland) Act 1976 arising out of an investigation for any of the purposes in s.31(2).', 2009, false, null),
('FOIA-31-3', 'FOIA', 's.31(3)', 'Law enforcement: duty to confirm or deny', 'QUALIFIED', 'The duty to confirm or deny does not arise if, or to the extent that, confirming or denying would, or would be likely to, prejudice any of the matters in s.31(1). Subject to the public interest test (s.2(1)(b)).', 2010, true, 's.1(1)(a)'),
('FOIA-36-2-a', 'FOIA', 's.36(2)(a)', 'Public affairs: collective responsibility and the work of the executive', 'QUALIFIED', 'In the reasonable opinion of a qualified person, disclosure would, or would be likely to, prejudice the collective responsibility of Ministers or the work of the Northern Ireland Executive Committee or the Welsh Government cabinet.', 2501, false, null),
('FOIA-36-2-b-i', 'FOIA', 's.36(2)(b)(i)', 'Public affairs: the free and frank provision of advice', 'QUALIFIED', 'In the reasonable opinion of a qualified person, disclosure would, or would be likely to, inhibit the free and frank provision of advice.', 2502, false, null),
('FOIA-36-2-b-ii', 'FOIA', 's.36(2)(b)(ii)', 'Public affairs: the free and frank exchange of views', 'QUALIFIED', 'In the reasonable opinion of a qualified person, disclosure would, or would be likely to, inhibit the free and frank exchange of views for the purposes of deliberation.', 2503, false, null),
('FOIA-36-2-c', 'FOIA', 's.36(2)(c)', 'Public affairs: otherwise prejudice the effective conduct of public affairs', 'QUALIFIED', 'In the reasonable opinion of a qualified person, disclosure would otherwise prejudice, or would be likely otherwise to prejudice, the effective conduct of public affairs.', 2504, false, null),
('FOIA-38-1', 'FOIA', 's.38(1)', 'Health and safety', 'QUALIFIED', 'Disclosure would, or would be likely to, endanger the physical or mental health or the safety of any individual.', 2701, false, null),
('FOIA-38-2', 'FOIA', 's.38(2)', 'Health and safety: duty to confirm or deny', 'QUALIFIED', 'The duty to confirm or deny does not arise if confirming or denying would, or would be likely to, have either of the effects in s.38(1). Subject to the public interest test (s.2(1)(b)).', 2702, true, 's.1(1)(a)'),
('FOIA-40-5A', 'FOIA', 's.40(5A)', 'Personal information: the applicant''s own, duty to confirm or deny', 'ABSOLUTE', 'The duty to confirm or deny does not arise in relation to information which is (or if it were held would be) the applicant''s own personal data. Absolute (s.2(3)(fb)).', 2905, true, 's.1(1)(a)'),
('FOIA-40-5B-a-i', 'FOIA', 's.40(5B)(a)(i)', 'Personal information of others: duty to confirm or deny', 'ABSOLUTE', 'The duty to confirm or deny does not arise where giving the confirmation or denial would contravene any of the data protection principles. Absolute (s.2(3)(fc)).', 3001, true, 's.1(1)(a)'),
('FOIA-41-1', 'FOIA', 's.41(1)', 'Information provided in confidence', 'ABSOLUTE', 'Information obtained by the authority from any other person whose disclosure would constitute an actionable breach of confidence. Absolute (s.2(3)(g)).', 3101, false, null),
('FOIA-41-2', 'FOIA', 's.41(2)', 'Information provided in confidence: duty to confirm or deny', 'ABSOLUTE', 'The duty to confirm or deny does not arise if confirming or denying would itself constitute an actionable breach of confidence. Absolute (s.2(3)(g)).', 3102, true, 's.1(1)(a)'),
('FOIA-42-1', 'FOIA', 's.42(1)', 'Legal professional privilege', 'QUALIFIED', 'Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings.', 3201, false, null),
('FOIA-42-2', 'FOIA', 's.42(2)', 'Legal professional privilege: duty to confirm or deny', 'QUALIFIED', 'The duty to confirm or deny does not arise if confirming or denying would involve the disclosure of privileged information. Subject to the public interest test (s.2(1)(b)).', 3202, true, 's.1(1)(a)'),
('FOIA-43-1', 'FOIA', 's.43(1)', 'Commercial interests: trade secrets', 'QUALIFIED', 'Information that constitutes a trade secret.', 3301, false, null),
('FOIA-43-2', 'FOIA', 's.43(2)', 'Commercial interests: prejudice', 'QUALIFIED', 'Disclosure would, or would be likely to, prejudice the commercial interests of any person, including the authority holding it.', 3302, false, null),
('FOIA-43-3', 'FOIA', 's.43(3)', 'Commercial interests: duty to confirm or deny', 'QUALIFIED', 'The duty to confirm or deny does not arise if confirming or denying would, or would be likely to, prejudice the interests in s.43(2). Subject to the public interest test (s.2(1)(b)).', 3303, true, 's.1(1)(a)'),
('FOIA-44-1', 'FOIA', 's.44(1)', 'Prohibitions on disclosure', 'ABSOLUTE', 'Disclosure is prohibited by or under any enactment, incompatible with a retained EU obligation, or would be a contempt of court. Absolute (s.2(3)(h)).', 3401, false, null),
('FOIA-44-2', 'FOIA', 's.44(2)', 'Prohibitions on disclosure: duty to confirm or deny', 'ABSOLUTE', 'The duty to confirm or deny does not arise if confirming or denying would itself fall within s.44(1). Absolute (s.2(3)(h)).', 3402, true, 's.1(1)(a)'),
('EIR-12-1-b', 'EIR', 'reg 12(1)(b)', 'The public interest test', 'PROCEDURE', 'An exception in reg 12(4) or 12(5) applies only if, in all the circumstances, the public interest in maintaining it outweighs the public interest in disclosing the information.', 3751, false, null),
('EIR-12-2', 'EIR', 'reg 12(2)', 'Presumption in favour of disclosure', 'PROCEDURE', 'The authority must apply a presumption in favour of disclosure.', 3752, false, null),
('EIR-12-6', 'EIR', 'reg 12(6)', 'Neither confirm nor deny', 'QUALIFIED', 'The authority may respond by neither confirming nor denying whether the information exists and is held, where confirming or denying would itself adversely affect an interest in reg 12(5)(a) and would not be in the public interest under reg 12(1)(b).', 4905, true, 'reg 5(1)'),
('EIR-13-1', 'EIR', 'reg 13(1)', 'Personal data of others', 'ABSOLUTE', 'Personal data of which the applicant is not the data subject, where disclosure would contravene the data protection principles (the first condition: no public interest test).', 5001, false, null);

-- A citation as the authority makes it: one provision, its reasons and public interest test, for
-- a set of questions of one request. Each question keeps its own citation row (its copy of the
-- provision, role, reasons and test), so that every reader of a question's citations still works.
create table citation_group (
  id bigint generated by default as identity primary key,
  request_id bigint not null references foi_request (id),
  position integer not null,
  legacy_citation_id bigint,
  unique (request_id, position)
);

-- Existing citations carried over without loss: each becomes a citation covering its one question,
-- numbered within its request in the order of the questions and their citations. Merging identical
-- ones is left to the officer: two citations with the same words may still be two decisions.
insert into citation_group (request_id, position, legacy_citation_id)
select q.request_id, row_number() over (partition by q.request_id order by q.number, c.position), c.id
from citation c join question q on q.id = c.question_id;

alter table citation add column group_id bigint references citation_group (id);
update citation set group_id = (select g.id from citation_group g where g.legacy_citation_id = citation.id);
alter table citation_group drop column legacy_citation_id;
create index citation_group_idx on citation (group_id);

-- Decisions a citation relies on: ICO decision notices and First-tier Tribunal appeals.
create table citation_precedent (
  id bigint generated by default as identity primary key,
  group_id bigint not null references citation_group (id),
  position integer not null,
  kind varchar(30) not null,
  reference varchar(40) not null,
  unique (group_id, position)
);
