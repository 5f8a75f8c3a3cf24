/*  Coordinated law of 10 May 2015 on the exercise of the health-care
    professions (loi coordonnée relative à l'exercice des professions des
    soins de santé / gecoördineerde wet betreffende de uitoefening van de
    gezondheidszorgberoepen) -- loaded into the module law (kb/law.pl)

    The law has no secrecy article of its own: its practitioners are bound
    by art. 458 of the Criminal Code (art. 352 of the Code of 2024) as
    holders of secrets by profession. The rules below say who is bound
    among the roles of contract version 2; they are rules of the principle
    (provision = principle): they cite the principle in force on the
    answer's date. Who the patient-rights law covers is in
    patient_rights_2002.pl.
*/

/* ======================================================================
   Health-care professionals who are not named in art. 458
   ----------------------------------------------------------------------
   Physiotherapists (ch. 3, arts. 43-44), dentists (ch. 2, the practice of
   medicine includes dentistry) and clinical psychologists (ch. 6/1, arts.
   68/1-68/4) exercise a health-care profession: receiving confidences is
   inherent in it (general clause of art. 458). A psychologist who is not
   clinical is bound too, as a necessary confidant (cp_458_necessary_confidant),
   but is no health-care professional.
   ====================================================================== */

rule(hp_health_professionals,
     [ concludes = bound_by_secrecy(necessary_confidant)
     , condition = role_in([clinical_psychologist, physiotherapist, dentist])
     , provision = principle
     , source    = necessary_confidant
     , seed      = [s02]
     , text      = [ fr = "Professionnel des soins de santé (loi coordonnée du 10 mai 2015): dépositaire de secrets par profession, il est tenu au secret (clause générale de l'art. 458).",
                     en = "A health-care professional (coordinated law of 10 May 2015): a holder of secrets by profession, bound to secrecy (general clause of art. 458).",
                     nl = "Gezondheidszorgbeoefenaar (gecoördineerde wet van 10 mei 2015): hij draagt uit hoofde van zijn beroep kennis van geheimen en is aan het beroepsgeheim gebonden (algemene clausule van artikel 458)." ]
     ]).

/* ======================================================================
   Doctors in other functions: control, occupational and advisory doctors
   ----------------------------------------------------------------------
   They exercise medicine: art. 458 names doctors. What they may tell the
   employer or their insurance body is in employment_contracts_1978.pl,
   welfare_at_work_code.pl and order_of_physicians_opinions.pl.
   From 1 September 2026, art. 352 of the 2024 Code names no profession:
   the rule cp2024_352_formerly_named_professions (code_penal_2024.pl)
   takes them over.
   ====================================================================== */

rule(hp_doctors_in_other_functions,
     [ concludes = bound_by_secrecy(named_profession)
     , condition = role_in([control_doctor, occupational_doctor, advisory_doctor])
     , provision = principle
     , source    = cp_458
     , seed      = [s02]
     , text      = [ fr = "Le médecin contrôleur, le médecin du travail et le médecin-conseil sont des médecins: la loi les nomme parmi les dépositaires du secret, quelle que soit la fonction qu'ils exercent pour un employeur ou un organisme assureur.",
                     en = "The control doctor, the occupational doctor and the advisory doctor are doctors: the law names them among the holders of the secret, whatever the function they exercise for an employer or an insurance body.",
                     nl = "De controlearts, de arbeidsarts en de adviserend arts zijn artsen: de wet noemt hen bij de houders van het beroepsgeheim, welke functie zij ook uitoefenen voor een werkgever of een verzekeringsinstelling." ]
     ]).
