/*  Flemish pupil guidance: decreet van 27 april 2018 betreffende de
    leerlingenbegeleiding (CLB), with the rule on the multidisciplinary
    dossier of the CLB (besluit van 12 september 2008, art. 1, 1°; omzendbrief
    CLB/2018/02) -- loaded into the module law (kb/law.pl)

    Who may see the pupil's file: the capable minor (presumed capable from
    twelve) himself, his parents only with his consent; for a minor who is
    not capable, his parents. Read in an official circular (the 2008
    definition) and on CLB pages (the access rule): `partial`. The decree's
    own secrecy article was not read; pms_staff stay bound by the seed rule
    pms_secrecy (code_penal_1867.pl). The vocabulary has no region: these
    Flemish rules are applied to every PMS/CLB scenario, and the answer
    says that the French Community's PMS rules were not found
    (pms_decree_2006.pl).
*/

/* ======================================================================
   The multidisciplinary dossier -- the capable minor
   ====================================================================== */

article(clb_mdd_2008_art_1,
        [ instrument = clb_decree,
          article    = "1, 1° (BVR 12 september 2008)",
          source     = clb_pupil_file,
          quote      = [ nl = "bekwame minderjarige leerling : de minderjarige leerling die tot een redelijke beoordeling van zijn belangen in staat is, rekening houdend met zijn leeftijd en zijn maturiteit. Een minderjarige van twaalf jaar of ouder wordt vermoed in staat te zijn tot een redelijke beoordeling van zijn belangen" ]
        ]).

rule(pupil_file_parents_of_minor_not_capable,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ any([role_in([pms_staff]), institution_in([pms_centre])]),
                         information_in([social_report, whole_file]),
                         recipient_in([parents]),
                         fact(person_is_minor),
                         no(minor_capable_of_discernment)
                       ])
     , provision = pupil_guidance
     , source    = clb_pupil_file
     , reading   = interpretation(clb_pupil_file,
                       [ fr = "Lecture retenue (pages des CLB): les parents d'un élève mineur qui n'est pas capable d'apprécier raisonnablement ses intérêts (en principe, avant 12 ans) exercent son droit de consulter le dossier du CLB.",
                         en = "Reading adopted (CLB pages): the parents of a minor pupil who cannot reasonably assess his own interests (as a rule, under 12) exercise his right to consult the CLB file.",
                         nl = "Aangenomen lezing (websites van de CLB's): de ouders van een minderjarige leerling die niet tot een redelijke beoordeling van zijn belangen in staat is (in de regel jonger dan 12 jaar), oefenen zijn recht uit om het CLB-dossier in te kijken." ])
     , text      = [ fr = "L'élève mineur n'est pas capable d'apprécier raisonnablement ses intérêts: ses parents peuvent consulter son dossier d'accompagnement (dossier multidisciplinaire du CLB).",
                     en = "The minor pupil cannot reasonably assess his own interests: his parents may consult his guidance file (the CLB's multidisciplinary dossier).",
                     nl = "De minderjarige leerling is niet tot een redelijke beoordeling van zijn belangen in staat: zijn ouders mogen zijn multidisciplinair dossier van het CLB inkijken." ]
     ]).

rule(pupil_file_parents_with_the_pupils_consent,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ any([role_in([pms_staff]), institution_in([pms_centre])]),
                         information_in([social_report, whole_file]),
                         recipient_in([parents]),
                         fact(person_is_minor),
                         fact(minor_capable_of_discernment),
                         fact(person_consents)
                       ])
     , provision = pupil_guidance
     , source    = clb_pupil_file
     , reading   = interpretation(clb_pupil_file,
                       [ fr = "Lecture retenue (pages des CLB): l'élève capable (présumé tel dès 12 ans) décide; ses parents ne consultent son dossier qu'avec son accord.",
                         en = "Reading adopted (CLB pages): the capable pupil (presumed so from 12) decides; his parents consult his file only with his consent.",
                         nl = "Aangenomen lezing (websites van de CLB's): de bekwame leerling (vermoed vanaf 12 jaar) beslist; zijn ouders kijken het dossier enkel in met zijn toestemming." ])
     , text      = [ fr = "L'élève mineur capable d'apprécier raisonnablement ses intérêts a donné son accord: ses parents peuvent consulter son dossier.",
                     en = "The minor pupil who can reasonably assess his own interests has agreed: his parents may consult his file.",
                     nl = "De bekwame minderjarige leerling heeft toestemming gegeven: zijn ouders mogen zijn dossier inkijken." ]
     ]).

rule(pupil_file_the_pupil_himself,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ any([role_in([pms_staff]), institution_in([pms_centre])]),
                         information_in([social_report, whole_file]),
                         recipient_in([person_concerned]),
                         any([no(person_is_minor), fact(minor_capable_of_discernment)])
                       ])
     , provision = pupil_guidance
     , source    = clb_pupil_file
     , reading   = interpretation(clb_pupil_file,
                       [ fr = "Lecture retenue (ancienne page officielle des CLB): « l'élève mineur capable et l'élève majeur ont droit d'accès aux données du dossier multidisciplinaire ».",
                         en = "Reading adopted (a former official CLB page): 'the capable minor pupil and the adult pupil have a right of access to the data of the multidisciplinary dossier'.",
                         nl = "Aangenomen lezing (vroegere officiële CLB-pagina): « De bekwame minder- en meerderjarige leerling heeft recht op toegang tot de gegevens uit het multidisciplinaire dossier »." ])
     , text      = [ fr = "L'élève majeur, ou mineur capable d'apprécier raisonnablement ses intérêts, a accès aux données de son propre dossier.",
                     en = "The adult pupil, or the minor pupil who can reasonably assess his own interests, has access to the data of his own file.",
                     nl = "De meerderjarige leerling, of de bekwame minderjarige leerling, heeft toegang tot de gegevens van zijn eigen dossier." ]
     ]).

advice(pupil_file_limits,
       [ kind      = caveat
       , condition = basis_has(pupil_guidance)
       , provision = pupil_guidance
       , source    = clb_pupil_file
       , text      = [ fr = "L'accès porte sur le dossier de l'élève, non sur les données concernant des tiers; pour les données de santé du dossier, le médecin du centre décide. Règle flamande (CLB), lue dans des sources secondaires; le vocabulaire ne connaît pas la région: pour un centre PMS de la Communauté française, les règles d'accès au dossier n'ont pas été trouvées.",
                       en = "Access covers the pupil's file, not data about third parties; for the health data in the file, the centre's doctor decides. A Flemish (CLB) rule, read in secondary sources; the vocabulary has no region: for a French Community PMS centre, the rules on access to the file were not found.",
                       nl = "De toegang betreft het dossier van de leerling, niet de gegevens over derden; over de gezondheidsgegevens in het dossier beslist de arts van het centrum. Een Vlaamse (CLB-)regel, gelezen in secundaire bronnen; de woordenschat kent geen gewest: voor een PMS-centrum van de Franse Gemeenschap zijn de regels over de toegang tot het dossier niet gevonden." ]
       ]).

/* ======================================================================
   The school: the CLB's secrecy is not the teachers' discretion
   ====================================================================== */

advice(clb_and_the_school,
       [ kind      = caveat
       , condition = all([ any([role_in([pms_staff]), institution_in([pms_centre])]),
                           recipient_in([school])
                         ])
       , provision = pupil_guidance
       , source    = clb_decree_2018
       , text      = [ fr = "Le décret organise la coopération entre le centre et l'école, mais ce qu'il permet au centre de transmettre à l'école n'est pas encodé ici: la base de connaissances ne peut pas le dire. Les enseignants et la direction ne sont pas tenus au secret professionnel (seulement à un devoir de discrétion): ce n'est pas un secret partagé. Les CLB déclarent ne rien transmettre sans l'accord de l'élève capable ou, avant 12 ans, des parents.",
                       en = "The decree organises cooperation between the centre and the school, but what it allows the centre to pass to the school is not encoded here: the knowledge base cannot tell. Teachers and the head are not bound by professional secrecy (only by a duty of discretion): this is not shared secrecy. CLBs state that they pass on nothing without the consent of the capable pupil or, under 12, of the parents.",
                       nl = "Het decreet regelt de samenwerking tussen het centrum en de school, maar wat het centrum daarbij aan de school mag doorgeven, is hier niet opgenomen: de kennisbank kan het niet zeggen. Leraren en directie zijn niet gebonden door het beroepsgeheim (enkel door een discretieplicht of ambtsgeheim): dit is geen gedeeld beroepsgeheim. De CLB's verklaren niets door te geven zonder toestemming van de bekwame leerling of, onder 12 jaar, van de ouders." ]
       ]).
