/*  Code de déontologie médicale -- included by kb/law.pl
    (the deontological layer)

    Only where it bears on these situations: the doctor's secrecy and its
    sharing within the care team. Articles and version not verified: every
    rule here cites an unverified source.
*/

rule(medical_code_binds,
     [ concludes = bound_by_code(medical)
     , condition = role_in([doctor])
     , code      = medical
     , source    = medical_code_secrecy
     , seed      = [s04]
     , text      = [ fr = "Le code de déontologie médicale lie le médecin.",
                     en = "The code of medical ethics binds the doctor." ]
     ]).

rule(medical_code_secrecy,
     [ concludes = code_duty(medical)
     , condition = fact(learned_in_profession)
     , code      = medical
     , source    = medical_code_secrecy
     , seed      = [s04]
     , text      = [ fr = "Code de déontologie médicale: le médecin est tenu au secret médical.",
                     en = "Code of medical ethics: the doctor is bound by medical secrecy." ]
     ]).

rule(medical_code_care_team,
     [ overrides = medical_code_secrecy
     , concludes = code_permits(medical)
     , condition = all([ recipient_in([colleague, service_director]),
                         fact(recipient_bound_by_secrecy),
                         fact(same_mission),
                         fact(in_person_interest),
                         fact(person_consents)
                       ])
     , code      = medical
     , source    = medical_code_secrecy
     , seed      = [s10]
     , reading   = interpretation(medical_code_secrecy,
                       [ fr = "Lecture retenue, à vérifier dans le code: le partage entre soignants de la même prise en charge, avec l'accord du patient.",
                         en = "Reading adopted, to be checked in the code: sharing between carers of the same treatment, with the patient's agreement." ])
     , text      = [ fr = "Code de déontologie médicale: le secret se partage avec les autres soignants de la même prise en charge, dans l'intérêt du patient et avec son accord.",
                     en = "Code of medical ethics: secrecy is shared with the other carers of the same treatment, in the patient's interest and with the patient's agreement." ]
     ]).

