/*  Code on well-being at work (Code du bien-être au travail / Codex over
    het welzijn op het werk), book I, title 4: health surveillance --
    loaded into the module law (kb/law.pl)

    The prevention adviser-occupational physician gives the employer a
    decision on fitness (the health-assessment form), never the diagnosis.
    The articles are NOT read in our sources (source unverified).
*/

rule(oc_fitness_decision,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ role_in([occupational_doctor]),
                         recipient_in([employer]),
                         information_in([fitness_for_work])
                       ])
     , provision = control_medicine
     , source    = occupational_health_code
     , reading   = interpretation(occupational_health_code,
                       [ fr = "Lecture retenue, non vérifiée dans le texte: le médecin du travail communique à l'employeur sa seule décision d'aptitude; classée ici sous la médecine de contrôle, faute d'un identifiant propre.",
                         en = "Reading adopted, not checked in the text: the occupational doctor gives the employer his decision on fitness only; filed here under control medicine, for want of an id of its own.",
                         nl = "Aangenomen lezing, niet nagegaan in de tekst: de arbeidsarts deelt de werkgever enkel zijn beslissing over de geschiktheid mee." ])
     , text      = [ fr = "Le conseiller en prévention-médecin du travail peut communiquer à l'employeur sa décision d'aptitude ou d'inaptitude (formulaire d'évaluation de santé), sans diagnostic.",
                     en = "The prevention adviser-occupational physician may give the employer his decision of fitness or unfitness (the health-assessment form), without diagnosis.",
                     nl = "De preventieadviseur-arbeidsarts mag de werkgever zijn beslissing over de geschiktheid of ongeschiktheid meedelen (formulier voor de gezondheidsbeoordeling), zonder diagnose." ]
     ]).

advice(oc_no_diagnosis_to_employer,
       [ kind      = note
       , condition = all([ role_in([occupational_doctor]), recipient_in([employer]), verdict_in([forbidden]) ])
       , provision = control_medicine
       , source    = occupational_health_code
       , text      = [ fr = "Le médecin du travail est tenu au secret envers l'employeur: il ne lui donne que la décision d'aptitude, jamais le diagnostic (règle non vérifiée dans le texte du Code).",
                       en = "The occupational doctor is bound to secrecy towards the employer: he gives him only the fitness decision, never the diagnosis (rule not checked in the Code's text).",
                       nl = "De arbeidsarts is tegenover de werkgever aan het beroepsgeheim gebonden: hij geeft hem enkel de beslissing over de geschiktheid, nooit de diagnose (regel niet nagegaan in de tekst van de Codex)." ]
       ]).
