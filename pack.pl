% The SWI-Prolog pack of secret-kb: `make pack` writes it to dist/ as a directory
% (dist/secret_kb) and an archive (dist/secret_kb-VERSION.tgz), either of which
% pack_install/2 takes; then `use_module(library(secret_kb))`. The version must
% match secret_kb/__init__.py (tests/test_release.py checks it).
name(secret_kb).
version('0.2.0').
title('secret-kb: an executable, explainable model of Belgian professional secrecy law').
keywords([law, belgium, 'professional secrecy', 'secret professionnel', beroepsgeheim,
          'legal reasoning', explanation]).
description(['For a discloser, a kind of information, a recipient, facts and a date: whether disclosure is forbidden, permitted or obligatory under Belgian law, with its grounds, citations, reasoning and what could change it. A research and training tool, not legal advice.']).
author('The secret-kb authors', '').
