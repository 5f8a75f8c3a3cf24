/*  Judicial Code (Code judiciaire / Gerechtelijk Wetboek) -- loaded into
    the module law (kb/law.pl)

    Articles in statute order: 877-882 (production of documents ordered by
    the judge), 972bis (the expert), 1728 (the confidentiality of
    mediation). The texts of arts. 877-882 and 972bis are not read: what
    they mean for a secret-holder is advice, not a rule. Art. 1728 was read
    in paraphrases only (sources.pl).
*/

/* ======================================================================
   Arts. 877-882 -- an order to produce a document; art. 972bis -- the expert
   ====================================================================== */

advice(jc_order_to_produce,
       [ kind      = caveat
       , condition = fact(court_order_to_produce)
       , provision = judicial_compulsion
       , source    = judicial_code_production
       , text      = [ fr = "Un ordre de production du juge civil (art. 877 et s. du Code judiciaire) ne lève pas à lui seul le secret: le dépositaire peut l'invoquer comme motif légitime, et c'est le juge qui en décide. Cette base ne l'encode pas: ce verdict ne le vérifie pas. Autre chose est la saisie ordonnée par le juge d'instruction, à laquelle on se soumet.",
                       en = "A civil judge's order to produce (arts. 877 ff. of the Judicial Code) does not by itself lift secrecy: the secret-holder may invoke it as a legitimate ground, and the judge decides. This knowledge base does not encode it: this verdict does not check it. A seizure ordered by an investigating judge, to which one submits, is another matter.",
                       nl = "Een bevel tot overlegging van de burgerlijke rechter (art. 877 e.v. Gerechtelijk Wetboek) heft het beroepsgeheim niet op zichzelf op: de geheimhouder kan het als wettige reden inroepen, en de rechter beslist. De kennisbank codeert dit niet: dit oordeel controleert het niet. Iets anders is de inbeslagneming bevolen door de onderzoeksrechter, die men moet ondergaan." ]
       ]).

advice(jc_court_expert,
       [ kind      = caveat
       , condition = recipient_in([court_expert])
       , provision = judicial_compulsion
       , source    = judicial_code_production
       , text      = [ fr = "L'expert désigné par le juge n'est pas le juge: l'exception du témoignage en justice ne s'étend pas à lui, et le secret vaut envers lui. La personne concernée peut obtenir elle-même son dossier (pour un professionnel des soins de santé: droit de copie, art. 9, § 3 de la loi relative aux droits du patient) et le remettre à l'expert. Les règles de l'expertise (art. 972bis du Code judiciaire) ne sont pas encodées: ce verdict ne les vérifie pas.",
                       en = "The expert appointed by the court is not the judge: the exception of testimony in court does not extend to him, and secrecy holds towards him. The person concerned may obtain his file himself (from a health-care professional: the right to a copy, art. 9 §3 of the patient-rights law) and give it to the expert. The rules on expertise (art. 972bis of the Judicial Code) are not encoded: this verdict does not check them.",
                       nl = "De door de rechter aangestelde deskundige is de rechter niet: de uitzondering van het getuigenis in rechte geldt niet tegenover hem, en het beroepsgeheim geldt tegenover hem. De betrokkene kan zelf zijn dossier opvragen (bij een gezondheidszorgbeoefenaar: recht op afschrift, art. 9, § 3 wet patiëntenrechten) en het aan de gerechtsdeskundige bezorgen. De regels van het deskundigenonderzoek (art. 972bis Gerechtelijk Wetboek) zijn niet gecodeerd." ]
       ]).

/* ======================================================================
   Art. 1728 -- the confidentiality of mediation (law of 21 February 2005,
   in force 30 September 2005; Seventh Part revised by the law of 18 June
   2018)
   ----------------------------------------------------------------------
   The documents drawn up and the communications made in a mediation are
   confidential and not admissible as evidence; the mediator may not be
   called by the parties as a witness in civil or administrative
   proceedings on the facts he learned in the mediation; art. 458 of the
   Criminal Code applies to the mediator. The testimony exception of art.
   458 is therefore set aside for him before a court. (No verbatim text
   read: no article block.)
   ====================================================================== */

rule(med_bound,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = all([role_in([mediator]), fact(accredited_mediation)])
     , provision = principle
     , source    = judicial_code_1728
     , seed      = [s03]
     , text      = [ fr = "Le médiateur est tenu au secret sur ce qu'il apprend au cours de la médiation: l'art. 1728 du Code judiciaire lui applique l'art. 458 du Code pénal.",
                     en = "The mediator is bound to secrecy about what he learns in the mediation: art. 1728 of the Judicial Code applies art. 458 of the Criminal Code to him.",
                     nl = "De bemiddelaar is gebonden aan het beroepsgeheim over wat hij tijdens de bemiddeling verneemt: artikel 1728 van het Gerechtelijk Wetboek verklaart artikel 458 van het Strafwetboek op hem van toepassing." ]
     ]).

rule(med_no_testimony_2005,
     [ overrides = [cp_458, cp_458_testimony_court]
     , concludes = verdict(forbidden)
     , condition = all([ role_in([mediator]),
                         fact(accredited_mediation),
                         recipient_in([trial_court]),
                         fact(called_to_testify)
                       ])
     , provision = mediation
     , source    = judicial_code_1728_2005
     , reading   = interpretation(judicial_code_1728_2005,
                       [ fr = "Lecture retenue: le texte écarte le témoignage du médiateur dans une procédure civile ou administrative; la base lit ainsi le tribunal qui l'appelle. Qu'il vaille devant une juridiction pénale n'est pas établi.",
                         en = "Reading adopted: the text bars the mediator's testimony in civil or administrative proceedings; the knowledge base reads the court calling him so. Whether it holds before a criminal court is not established.",
                         nl = "Aangenomen lezing: de tekst sluit het getuigenis van de bemiddelaar uit in een burgerlijke of administratieve procedure; de kennisbank leest de rechtbank die hem oproept zo. Of dit ook voor een strafgerecht geldt, staat niet vast." ])
     , text      = [ fr = "Le médiateur ne peut être appelé par les parties comme témoin dans une procédure relative aux faits dont il a pris connaissance au cours de la médiation (art. 1728 du Code judiciaire): l'exception du témoignage en justice ne vaut pas pour lui, il doit se taire.",
                     en = "The mediator may not be called by the parties as a witness in proceedings on the facts he learned in the mediation (art. 1728 of the Judicial Code): the exception of testimony in court does not hold for him, he must keep silent.",
                     nl = "De bemiddelaar kan door de partijen niet als getuige worden opgeroepen in een procedure over de feiten die hij tijdens de bemiddeling vernam (art. 1728 Gerechtelijk Wetboek): de uitzondering van het getuigenis in rechte geldt niet voor hem, hij moet zwijgen." ]
     ]).

rule(med_no_testimony_2018,
     [ overrides = [cp_458, cp_458_testimony_court, cp2024_352, cp2024_352_testimony_court]
     , concludes = verdict(forbidden)
     , condition = all([ role_in([mediator]),
                         fact(accredited_mediation),
                         recipient_in([trial_court]),
                         fact(called_to_testify)
                       ])
     , provision = mediation
     , source    = judicial_code_1728_2018
     , reading   = interpretation(judicial_code_1728_2018,
                       [ fr = "Lecture retenue: le texte écarte le témoignage du médiateur dans une procédure civile ou administrative; la base lit ainsi le tribunal qui l'appelle. Qu'il vaille devant une juridiction pénale n'est pas établi.",
                         en = "Reading adopted: the text bars the mediator's testimony in civil or administrative proceedings; the knowledge base reads the court calling him so. Whether it holds before a criminal court is not established.",
                         nl = "Aangenomen lezing: de tekst sluit het getuigenis van de bemiddelaar uit in een burgerlijke of administratieve procedure; de kennisbank leest de rechtbank die hem oproept zo. Of dit ook voor een strafgerecht geldt, staat niet vast." ])
     , text      = [ fr = "Le médiateur ne peut être appelé par les parties comme témoin dans une procédure relative aux faits dont il a pris connaissance au cours de la médiation (art. 1728 du Code judiciaire, revu par la loi du 18 juin 2018): il doit se taire.",
                     en = "The mediator may not be called by the parties as a witness in proceedings on the facts he learned in the mediation (art. 1728 of the Judicial Code, revised by the law of 18 June 2018): he must keep silent.",
                     nl = "De bemiddelaar kan door de partijen niet als getuige worden opgeroepen in een procedure over de feiten die hij tijdens de bemiddeling vernam (art. 1728 Gerechtelijk Wetboek, herzien bij de wet van 18 juni 2018): hij moet zwijgen." ]
     ]).

advice(med_confidential_documents,
       [ kind      = caveat
       , condition = basis_has(mediation)
       , provision = mediation
       , source    = judicial_code_1728
       , text      = [ fr = "Les documents établis et les communications faites au cours de la médiation sont confidentiels: ils ne peuvent être utilisés dans une procédure judiciaire, administrative ou arbitrale et ne sont pas admissibles comme preuve; le juge les écarte d'office des débats.",
                       en = "The documents drawn up and the communications made in the mediation are confidential: they may not be used in judicial, administrative or arbitral proceedings and are not admissible as evidence; the court sets them aside of its own motion.",
                       nl = "De documenten die tijdens de bemiddeling zijn opgesteld en de mededelingen die er zijn gedaan, zijn vertrouwelijk: ze mogen niet worden gebruikt in een gerechtelijke, administratieve of arbitrale procedure en zijn niet toelaatbaar als bewijs; de rechter weert ze ambtshalve uit de debatten." ]
       ]).

advice(med_parties_may_lift,
       [ kind      = note
       , condition = basis_has(mediation)
       , provision = mediation
       , source    = judicial_code_1728_2018
       , text      = [ fr = "Depuis la loi du 18 juin 2018, la confidentialité n'est pas d'ordre public: les parties peuvent la lever de commun accord (source secondaire). Cette base ne l'encode pas.",
                       en = "Since the law of 18 June 2018, confidentiality is not a matter of public order: the parties may lift it by common agreement (secondary source). This knowledge base does not encode it.",
                       nl = "Sinds de wet van 18 juni 2018 is de vertrouwelijkheid niet van openbare orde: de partijen kunnen ze samen opheffen (secundaire bron). De kennisbank codeert dit niet." ]
       ]).

advice(med_criminal_proceedings_open,
       [ kind      = note
       , condition = all([ fact(accredited_mediation), recipient_in([investigating_judge]), fact(called_to_testify) ])
       , provision = mediation
       , source    = judicial_code_1728
       , text      = [ fr = "L'art. 1728 du Code judiciaire écarte le témoignage du médiateur dans les procédures civiles et administratives; devant le juge d'instruction, le texte ne l'exclut pas et la question n'est pas tranchée: l'exception du témoignage de l'art. 458 est appliquée, avec prudence.",
                       en = "Art. 1728 of the Judicial Code bars the mediator's testimony in civil and administrative proceedings; before the investigating judge the text does not exclude it and the question is not settled: the testimony exception of art. 458 is applied, with caution.",
                       nl = "Artikel 1728 Gerechtelijk Wetboek sluit het getuigenis van de bemiddelaar uit in burgerlijke en administratieve procedures; voor de onderzoeksrechter sluit de tekst het niet uit en is de vraag niet beslecht: de uitzondering van het getuigenis van artikel 458 wordt toegepast, met voorzichtigheid." ]
       ]).
