/*  Loi du 3 juillet 2005 relative aux droits des volontaires / wet van
    3 juli 2005 betreffende de rechten van vrijwilligers -- loaded into the
    module law (kb/law.pl)

    The text was not read (source `unverified`). It would not itself make a
    volunteer a holder of secrets: whether art. 458 binds a volunteer
    depends on his task (a necessary confidant within a service bound by
    secrecy, or not). The knowledge base cannot tell from the scenario's
    words, and says so. Volunteers working in a hospital, a CPAS, a
    youth-aid service or a PMS centre fall under those institutions' rules
    (code_penal_1867.pl, youth_code_2018.pl), which bind everyone working
    there.
*/

advice(volunteer_secrecy_unknown,
       [ kind      = caveat
       , condition = all([role_in([volunteer]), verdict_in([not_covered])])
       , provision = cp_458
       , source    = volunteers_law_2005
       , text      = [ fr = "La base de connaissances ne peut pas dire si ce volontaire est tenu au secret professionnel. L'art. 458 lie les dépositaires de secrets « par état ou par profession »; selon une lecture courante (non vérifiée ici), un volontaire qui reçoit des confidences comme confident nécessaire au sein d'un service tenu au secret (écoute téléphonique, aide aux personnes) l'est aussi, les autres n'ont qu'un devoir de discrétion. La loi du 3 juillet 2005 (non lue) obligerait l'organisation à dire au volontaire s'il est tenu au secret: le lui demander; dans le doute, se taire.",
                       en = "The knowledge base cannot tell whether this volunteer is bound by professional secrecy. Art. 458 binds holders of secrets 'by status or profession'; on a common reading (not verified here), a volunteer who receives confidences as a necessary confidant within a service bound by secrecy (helplines, care) is bound too, others only by a duty of discretion. The law of 3 July 2005 (not read) would oblige the organisation to tell the volunteer whether he is bound: ask it; in doubt, keep silent.",
                       nl = "De kennisbank kan niet zeggen of deze vrijwilliger door het beroepsgeheim gebonden is. Art. 458 Sw. bindt wie « uit hoofde van zijn staat of beroep » kennis draagt van geheimen; volgens een gangbare lezing (hier niet geverifieerd) is een vrijwilliger die als noodzakelijke vertrouweling binnen een dienst met beroepsgeheim vertrouwelijke informatie ontvangt (telefonische hulpverlening, zorg) eveneens gebonden, anderen enkel door een discretieplicht. De wet van 3 juli 2005 (niet gelezen) zou de organisatie verplichten de vrijwilliger te zeggen of hij gebonden is: vraag het haar; bij twijfel: zwijgen." ]
       ]).
