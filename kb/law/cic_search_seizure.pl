/*  Code d'instruction criminelle (Wetboek van strafvordering), arts. 87-89:
    search and seizure ordered by the investigating judge -- loaded into
    the module law (kb/law.pl). Kept apart from code_instruction_criminelle.pl
    (the lead's file) for this branch; the lead may merge the two.

    The professional whose file is seized does not disclose: he submits to
    a measure of constraint. The safeguards are usages the National Council
    of the Order of physicians recalls, not statute. The article numbers
    are NOT read in our sources (source unverified).
*/

rule(jc_seizure_by_investigating_judge,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(obligatory)
     , condition = all([ information_in([whole_file, social_report]),
                         fact(seized_by_investigating_judge),
                         recipient_in([investigating_judge, police])
                       ])
     , provision = judicial_compulsion
     , source    = cic_search_seizure
     , reading   = interpretation(ordomedic_searches,
                       [ fr = "Lecture retenue: la perquisition et la saisie ordonnées par le juge d'instruction s'imposent au dépositaire, qui ne peut s'y opposer (le membre de l'Ordre présent « ne peut s'opposer à la perquisition ni empêcher la saisie de pièces »); ce n'est pas lui qui révèle.",
                         en = "Reading adopted: the search and seizure ordered by the investigating judge bind the secret-holder, who cannot oppose them (the Order's member present 'cannot oppose the search nor prevent the seizure of documents'); it is not he who reveals.",
                         nl = "Aangenomen lezing: de huiszoeking en inbeslagneming bevolen door de onderzoeksrechter zijn bindend voor de geheimhouder, die er zich niet tegen kan verzetten; het is niet hij die bekendmaakt." ])
     , text      = [ fr = "Le dossier est saisi sur ordre du juge d'instruction: le professionnel doit se soumettre à la saisie. Il ne révèle rien lui-même: il n'a ni à commenter les pièces ni à livrer davantage que ce qui est saisi.",
                     en = "The file is seized on the investigating judge's order: the professional must submit to the seizure. He reveals nothing himself: he need neither comment on the documents nor hand over more than is seized.",
                     nl = "Het dossier wordt in beslag genomen op bevel van de onderzoeksrechter: de beroepsbeoefenaar moet de inbeslagneming ondergaan. Hij maakt zelf niets bekend: hij hoeft de stukken niet toe te lichten en niet meer af te geven dan wat in beslag wordt genomen." ]
     ]).

advice(jc_seizure_safeguards_doctors,
       [ kind      = caveat
       , condition = all([ basis_has(judicial_compulsion),
                           role_in([doctor, dentist, control_doctor, occupational_doctor, advisory_doctor]) ])
       , provision = judicial_compulsion
       , source    = ordomedic_searches
       , text      = [ fr = "Usages rappelés par le Conseil national de l'Ordre des médecins (non une loi): le juge d'instruction procède en personne à la perquisition, en présence d'un membre du Conseil de l'Ordre et, autant que possible, du médecin; il respecte l'intérêt des patients étrangers à l'enquête. Le membre de l'Ordre ne peut s'opposer à la saisie: il fait acter ses réserves.",
                       en = "Usages recalled by the National Council of the Order of physicians (not a statute): the investigating judge carries out the search in person, in the presence of a member of the Order's council and, as far as possible, of the doctor; he respects the interest of patients unrelated to the investigation. The Order's member cannot oppose the seizure: he has his reservations recorded.",
                       nl = "Gebruiken die de nationale raad van de Orde der artsen in herinnering brengt (geen wet): de onderzoeksrechter verricht de huiszoeking persoonlijk, in aanwezigheid van een lid van de raad van de Orde en zo mogelijk van de arts; hij eerbiedigt het belang van patiënten die vreemd zijn aan het onderzoek. Het lid van de Orde kan zich niet tegen de inbeslagneming verzetten: hij laat zijn voorbehoud akteren." ]
       ]).

advice(jc_seizure_is_not_disclosure,
       [ kind      = caveat
       , condition = basis_has(judicial_compulsion)
       , provision = judicial_compulsion
       , source    = cic_search_seizure
       , text      = [ fr = "Se soumettre à une saisie n'est pas révéler: le secret demeure pour tout le reste; ne pas remettre spontanément le dossier à la police sans l'ordre du juge, et ne rien commenter au-delà de ce que la loi impose. Les articles du Code d'instruction criminelle cités ne sont pas vérifiés.",
                       en = "Submitting to a seizure is not revealing: secrecy remains for everything else; do not hand the file to the police of one's own accord without the judge's order, and comment on nothing beyond what the law requires. The articles of the Code of Criminal Procedure cited are not verified.",
                       nl = "Een inbeslagneming ondergaan is geen bekendmaking: het beroepsgeheim blijft voor al het overige bestaan; het dossier niet uit eigen beweging aan de politie afgeven zonder bevel van de rechter, en niets toelichten buiten wat de wet oplegt. De geciteerde artikelen van het Wetboek van strafvordering zijn niet geverifieerd." ]
       ]).
