/*  Code de déontologie médicale -- included by kb/law.pl
    (the deontological layer)

    Only where it bears on these situations: the doctor's secrecy and its
    sharing within the care team. Articles and version not verified: every
    rule here cites an unverified source.
*/

rule(medical_code_binds, bound_by_code(medical),
     role_in([doctor])).
rule_meta(medical_code_binds, [code(medical), source(medical_code_secrecy), seed([s04])]).
rule_text(medical_code_binds, fr,
          "Le code de déontologie médicale lie le médecin.").
rule_text(medical_code_binds, en,
          "The code of medical ethics binds the doctor.").

rule(medical_code_secrecy, code_duty(medical),
     fact(learned_in_profession)).
rule_meta(medical_code_secrecy, [code(medical), source(medical_code_secrecy), seed([s04])]).
rule_text(medical_code_secrecy, fr,
          "Code de déontologie médicale: le médecin est tenu au secret médical.").
rule_text(medical_code_secrecy, en,
          "Code of medical ethics: the doctor is bound by medical secrecy.").

% INTERPRETATION: shared care within the team, in the patient's interest
% and with the patient's agreement, read as the code's sharing rule.
rule(medical_code_care_team, code_permits(medical),
     all([ recipient_in([colleague, service_director]),
           fact(recipient_bound_by_secrecy),
           fact(same_mission),
           fact(in_person_interest),
           fact(person_consents) ])).
exception(medical_code_care_team, medical_code_secrecy).
rule_meta(medical_code_care_team,
          [code(medical), source(medical_code_secrecy), seed([s10]), interpretation(medical_code_secrecy)]).
rule_text(medical_code_care_team, fr,
          "Code de déontologie médicale: le secret se partage avec les autres soignants de la même prise en charge, dans l'intérêt du patient et avec son accord.").
rule_text(medical_code_care_team, en,
          "Code of medical ethics: secrecy is shared with the other carers of the same treatment, in the patient's interest and with the patient's agreement.").
interpretation_text(medical_code_care_team, fr,
          "Lecture retenue, à vérifier dans le code: le partage entre soignants de la même prise en charge, avec l'accord du patient.").
interpretation_text(medical_code_care_team, en,
          "Reading adopted, to be checked in the code: sharing between carers of the same treatment, with the patient's agreement.").

