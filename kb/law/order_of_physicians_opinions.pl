/*  Positions of the National Council of the Order of physicians (Conseil
    national de l'Ordre des médecins / nationale raad van de Orde der
    artsen) -- loaded into the module law (kb/law.pl)

    Interpretations, not statutes: each rule is marked as the reading of
    the Order, with the opinion that states it. The Code of medical
    deontology itself is in kb/deontology/medical.pl.
*/

/* ======================================================================
   Informing a partner (HIV) -- opinions of 16 October 1993, 16 December
   2000, 25 May 2002 and 3 February 2007
   ----------------------------------------------------------------------
   "Sauf demande expresse du patient, le secret professionnel interdit au
   médecin d'informer de l'infection les partenaires d'une personne
   séropositive." At the patient's express request the doctor may tell the
   partner (person_request: no statutory exception). Without it, only
   necessity, "plutôt exceptionnel", justified with "une quasi-certitude".
   ====================================================================== */

rule(op_partner_at_patients_request,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ role_in([doctor]),
                         recipient_in([partner]),
                         fact(person_requests_disclosure)
                       ])
     , provision = person_request
     , source    = ordomedic_hiv_partner
     , reading   = interpretation(ordomedic_hiv_partner,
                       [ fr = "Lecture du Conseil national de l'Ordre des médecins (« sauf demande expresse du patient »): une doctrine déontologique, non une exception de la loi; le consentement seul ne lève pas le secret, la demande expresse du patient que son partenaire soit informé est admise par l'Ordre.",
                         en = "The reading of the National Council of the Order of physicians ('save at the patient's express request'): a deontological doctrine, not a statutory exception; consent alone does not lift secrecy, the patient's express request that his partner be told is admitted by the Order.",
                         nl = "Lezing van de nationale raad van de Orde der artsen (behoudens uitdrukkelijk verzoek van de patiënt): een deontologische leer, geen wettelijke uitzondering; toestemming alleen heft het beroepsgeheim niet op, het uitdrukkelijke verzoek van de patiënt om zijn partner in te lichten aanvaardt de Orde wel." ])
     , text      = [ fr = "À la demande expresse du patient, le médecin peut informer son partenaire (par exemple de sa séropositivité): c'est la position du Conseil national de l'Ordre des médecins.",
                     en = "At the patient's express request, the doctor may inform his partner (for instance of his HIV status): the position of the National Council of the Order of physicians.",
                     nl = "Op uitdrukkelijk verzoek van de patiënt mag de arts zijn partner inlichten (bijvoorbeeld over zijn seropositiviteit): het standpunt van de nationale raad van de Orde der artsen." ]
     ]).

rule(op_partner_necessity,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ role_in([doctor]),
                         recipient_in([partner]),
                         fact(grave_imminent_danger),
                         no(other_means),
                         fact(proportionate)
                       ])
     , provision = necessity
     , source    = ordomedic_hiv_partner
     , reading   = interpretation(ordomedic_hiv_partner,
                       [ fr = "Lecture du Conseil national (avis du 25 mai 2002): l'état de nécessité peut justifier d'avertir le partenaire exposé, mais il est « plutôt exceptionnel » et doit pouvoir être admis « avec une quasi-certitude par le juge disciplinaire, par le juge pénal et par la société »; la règle de l'état de nécessité de la base (Cass., 13 mai 1987) ne vise que les autorités.",
                         en = "The National Council's reading (opinion of 25 May 2002): necessity may justify warning the exposed partner, but it is 'rather exceptional' and must be acceptable 'with near certainty to the disciplinary judge, the criminal judge and society'; the base rule of necessity (Cass., 13 May 1987) speaks of the authorities only.",
                         nl = "Lezing van de nationale raad (advies van 25 mei 2002): de noodtoestand kan rechtvaardigen dat de blootgestelde partner wordt gewaarschuwd, maar is eerder uitzonderlijk en moet met quasi-zekerheid aanvaard kunnen worden door de tuchtrechter, de strafrechter en de samenleving." ])
     , text      = [ fr = "État de nécessité envers le partenaire: si le patient refuse de protéger son partenaire exposé à un péril grave et imminent, qu'aucun autre moyen ne peut écarter, le médecin peut l'avertir, dans la mesure du nécessaire.",
                     en = "Necessity towards the partner: if the patient refuses to protect his partner, exposed to a grave and imminent danger no other means can avert, the doctor may warn him, as far as needed.",
                     nl = "Noodtoestand tegenover de partner: weigert de patiënt zijn partner te beschermen, die blootstaat aan een ernstig en dreigend gevaar dat met geen ander middel kan worden afgewend, dan mag de arts hem waarschuwen, in de mate van het nodige." ]
     ]).

advice(op_partner_silence,
       [ kind      = note
       , condition = all([ role_in([doctor]), recipient_in([partner]), verdict_in([forbidden]) ])
       , provision = person_request
       , source    = ordomedic_hiv_partner
       , text      = [ fr = "Sauf demande expresse du patient, le secret interdit au médecin d'informer le partenaire (Conseil national); chercher d'abord à convaincre le patient d'informer lui-même son partenaire. L'état de nécessité reste exceptionnel.",
                       en = "Save at the patient's express request, secrecy forbids the doctor to inform the partner (National Council); first try to persuade the patient to tell his partner himself. Necessity remains exceptional.",
                       nl = "Behoudens uitdrukkelijk verzoek van de patiënt verbiedt het beroepsgeheim de arts de partner in te lichten (nationale raad); probeer eerst de patiënt te overtuigen zelf zijn partner in te lichten. De noodtoestand blijft uitzonderlijk." ]
       ]).

/* ======================================================================
   The advisory doctor of a mutuality (médecin-conseil / adviserend arts)
   ----------------------------------------------------------------------
   The advisory doctor gives his insurance body only his conclusions on
   the administrative level, never the medical considerations behind them
   (the Order, citing the royal decree of 20 July 1967 on advisory
   doctors; the old Code of 1975, art. 58 b)).
   ====================================================================== */

rule(op_advisory_doctor_conclusions,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ role_in([advisory_doctor]),
                         recipient_in([service_director, employer]),
                         information_in([fitness_for_work])
                       ])
     , provision = control_medicine
     , source    = ordomedic_advisory_doctors
     , reading   = interpretation(ordomedic_advisory_doctors,
                       [ fr = "Lecture retenue: les « autorités administratives de son organisme assureur » sont la hiérarchie du médecin-conseil (service_director); ses seules conclusions (aptitude, incapacité et durée) peuvent leur être données.",
                         en = "Reading adopted: the 'administrative authorities of his insurance body' are the advisory doctor's own hierarchy (service_director); his conclusions alone (fitness, incapacity and duration) may be given to them.",
                         nl = "Aangenomen lezing: de administratieve overheden van zijn verzekeringsinstelling zijn de hiërarchie van de adviserend arts; enkel zijn besluiten (geschiktheid, ongeschiktheid en duur) mogen hun worden meegedeeld." ])
     , text      = [ fr = "Le médecin-conseil ne communique à son organisme que ses conclusions sur le plan administratif (incapacité de travail et sa durée), jamais les considérations médicales qui les motivent.",
                     en = "The advisory doctor gives his insurance body only his conclusions on the administrative level (incapacity for work and its duration), never the medical considerations behind them.",
                     nl = "De adviserend arts deelt zijn instelling enkel zijn besluiten op administratief vlak mee (arbeidsongeschiktheid en de duur ervan), nooit de medische overwegingen die eraan ten grondslag liggen." ]
     ]).

advice(op_advisory_doctor_no_medical_reasons,
       [ kind      = note
       , condition = all([ role_in([advisory_doctor]), recipient_in([service_director, employer]),
                           verdict_in([forbidden]) ])
       , provision = control_medicine
       , source    = ordomedic_advisory_doctors
       , text      = [ fr = "Il est interdit au médecin-conseil d'exposer aux autorités administratives de son organisme assureur les considérations d'ordre médical qui motivent ses décisions.",
                       en = "The advisory doctor may not set out to the administrative authorities of his insurance body the medical considerations behind his decisions.",
                       nl = "Het is de adviserend arts verboden de medische overwegingen van zijn beslissingen uiteen te zetten aan de administratieve overheden van zijn verzekeringsinstelling." ]
       ]).

advice(op_treating_doctor_to_other_doctors,
       [ kind      = caveat
       , condition = all([ role_in([doctor]), recipient_in([control_doctor, occupational_doctor, advisory_doctor]) ])
       , provision = control_medicine
       , source    = ordomedic_control_medicine
       , text      = [ fr = "Ce que le médecin traitant peut transmettre au médecin contrôleur, au médecin du travail ou au médecin-conseil (loi du 13 juin 1999; législation de l'assurance maladie-invalidité; directives du Conseil national) n'est pas encodé: ce verdict ne le vérifie pas. Le Conseil national admet un échange limité à ce que la mission de l'autre médecin exige, dans l'intérêt du patient et avec son accord.",
                       en = "What the treating doctor may give the control doctor, the occupational doctor or the advisory doctor (law of 13 June 1999; sickness-insurance legislation; the National Council's directives) is not encoded: this verdict does not check it. The National Council admits an exchange limited to what the other doctor's mission needs, in the patient's interest and with his agreement.",
                       nl = "Wat de behandelende arts mag doorgeven aan de controlearts, de arbeidsarts of de adviserend arts (wet van 13 juni 1999; wetgeving ziekte- en invaliditeitsverzekering; richtlijnen van de nationale raad) is niet gecodeerd: dit oordeel controleert het niet." ]
       ]).
