"""The crisis rule's phrase tables, as templates for ``triage.rules.crisis``.

- STRONG phrases are enough alone ("I've taken 40 paracetamol", "he's got a knife").
- DISTRESS phrases ("I can't go on", "I want to be with him") are enough unless the writer
  also reassures ("I'm safe", "I'm not going to do anything").
- SIGNALS of different kinds (now, means, farewell, plan, despair, danger, alone, fear, history,
  child, medical) are enough two kinds together: "tonight" with "I've got the rope".
- SAFE phrases (denials such as "I'm not suicidal", logistics such as "be with her at the
  funeral", advice such as "if a child is in danger") cancel any phrase they overlap.

Templates: tokens separated by spaces; ``a|b`` any of these words (lower case); a trailing ``?``
or ``*`` makes a token optional or repeatable; ``~word`` allows typos; ``!a|b`` any word but
these; ``_`` any word (not punctuation or a negation); ``=`` the same, nor a past or modal
auxiliary; ``@`` any token within the sentence; ``^`` a capitalised word (a name); ``#`` a
number of two digits or more; ``{one two/three/}`` alternative token sequences (an empty one
allowed); ``$NAME`` a macro from MACROS.
"""

MACROS = {
    "NT": "n't|nt|not",
    "CANT": "ca|can|could n't|nt|not",
    "KIN": "son|daughter|baby|boy|girl|child|brother|sister|angel|husband|wife|partner|mum|dad"
           "|grandson|granddaughter|little|twin",
    "LOVED": "{him|her|them/my|our|his|her|their $KIN/^}",
    "SELF": "~myself",
    "THEMSELF": "himself|herself|themselves|themself|myself|meself",
    "INTENT": "{want|wants|wanna|going|gon|ready|decided|planning|plan|need|'ll|ll|will to|na?"
              "/about to}",
    # "thoughts of suicide" names a topic (training, research, a risk assessment) more often than a risk
    "HAVING": "{'ve been having/ve been having/'m having/m having/am having/keep having/keeps having"
              "/keep getting/keeps getting/'m getting/am getting/'ve had/ve had/i have/i get}",
    "THINK": "{thought/thinking/think/considering/contemplating/planning/urge/urges/plans/plan} {of/about/}",
    "HARM": "cut|cutting|harm|harming|hurt|hurting|burn|burning|kill|killing|hang|hanging",
    "PILLS": "tablets|pills|paracetamol|paracetamols|painkillers|codamol|cocodamol|sertraline"
             "|morphine|oramorph|diazepam|amitriptyline|zopiclone|oxycodone",
    "TABLETS": "$PILLS|meds|medication|medicine|medicines|antidepressants|insulin|codeine|tramadol|warfarin",
    "LOTS": "all|loads|load|lots|whole|box|boxes|packet|packets|bunch|handful|bottle|every|entire"
            "|too|twenty|thirty|forty|fifty|hundred|dozen",
    "PEOPLE": "he|she|they|dad|father|mum|mother|partner|boyfriend|girlfriend|husband|wife|ex"
              "|stepdad|someone|somebody",
    "FEELINGS": "it|that|this|grief|which|reality|loss|realisation|realization|sadness|pain|guilt"
                "|wave|memory|thought|news",
    "CHILDREN": "kid|kids|child|children|baby|toddler|boy|girl|son|daughter|brother|sister",
    "ANYMORE": "{any more/anymore/no more/much longer/much more}",
    "PLACE": "bridge|railway|tracks|track|reservoir|docks|pier|cliff|cliffs|balcony|ledge|viaduct"
             "|canal|quarry|fells|roof|storey|multistorey|beachy|footbridge|flyover|overpass",
    # after a weapon's name, a word that makes it no weapon at hand: "a gun licence", "a knife block"
    "UNARMED": "licence|license|cabinet|crime|amnesty|block|set|sharpener",
    "ABUSE": "hitting|beating|hurting|strangling|choking|attacking|kicking|punching|threatening"
             "|stabbing|abusing|battering|slapping|dragging|shaking",
}

STRONG = (
    # suicide and self-harm: intent, plan, method
    "kill|killing|kil|kiling|killin $SELF",
    "kill|killing my self",
    "kms",
    "{'ve/ve/have/i/'d/had} worked|figured out how {./,/to do it/i 'd do it/i would do it/i 'll do it}",
    "the one|ones to find me",
    "$NT want the|my kids|children|family|daughter|son|husband|wife|partner|mum|dad|girls|boys to find me",
    "list|lists of the? ways {he could/she could/i could/to/he would/she would/i would/they could/i 'd} do|end it",
    "'s|s|has|have|'ve|been burning|cutting his|her|their|my arms|legs|wrists|thighs",
    "go|going|jump|walk in after him|her|them",
    "go|going|walk|walking in to get|fetch him|her|them",
    "sent|emailed|posted|texted|scheduled|messaged @? @? @? @? a|her|his|their suicide note|letter",
    "pockets full of stones|rocks",
    # a medical emergency now, told of someone else ("I think I'm having a heart attack reading this"
    # is a joke)
    "{is/'s/s/he 's/she 's/hes/shes} having a heart attack|stroke",
    "clutching his|her|their chest",
    "belt|cord|rope|ligature|noose|flex hung|hanging|tied|fixed|fastened @? @? @? @? @? to|on|from|over @? @? @? @? @? loft|banister"
    "|bannister|hatch|beam|rafters|door",
    "tied|hung|fixed|fastened it|the|a cord|belt|rope|flex? to|from|on|over the loft|banister|bannister|hatch|beam|rafters",
    "quickest|quietest|easiest|kindest|painless|painlessly way to die|end",
    "quickest|quietest|easiest|kindest|painless|painlessly way to go !to|there|about|for|home|back|through|forward|in"
    "|into|on|round|around|out|up|down|via|by|is|from|with|and",
    "i|'ve|ve|just drank|drunk|swallowed|downed @? @? @? @? bleach|antifreeze|weedkiller|poison|paraquat",
    "garage @? @? @? @? with|and the engine|engines running|on",
    "{they 'll/they ll/they will/we 'll/we ll/we will} both? go together",
    "do what i should have|'ve done the day|when|after",
    "{wo n't/wont/will not} be needing|need the|a return",
    "know|knows exactly how much|many {is/would be/'s/will be} enough",
    "lamppost|lamp|tree|wall|bridge|train|lorry post? with my name on",
    "one -? way ticket {to see/to be with/to join/to} $LOVED",
    "{i wo n't/i wo nt/i wont/i will not/she wo n't/she wont/he wo n't/he wont} be alive by|for|when|at|next|on|after",
    "drive|driving|crash|crashing|steer|steering _? into @? @? @? @? with me in",
    "intends|intend|intending|decided to end|take her|his|their|my own? life",
    "then it 'll|ll|will all be over",
    "decided|going|want|wants|plan|planning|intend|intending to stop living|existing",
    "{this is/this 's/it is/it 's/its} not a cry for help",
    "hang|hanging $SELF",
    "end|ending|take|taking my own? life",
    "end|ending it all|everything",
    "$INTENT end|ending it|things|myself",
    "easier|better|best|easy|simple to|if i? just? end|ending|not it|things|everything|myself|turn",
    "how easy it would|'d be",
    "commit|committing|attempt|attempting suicide",
    "ca|can n't|nt|not stop thinking about doing it",
    "ways|how to do it",
    "{planning/planned/worked out/looked up/looking up/reading up/read up/researching/researched}"
    " how {i 'd/i would/i could/i 'll/i will/to}",
    "reading|read|researching|researched|looking|looked up? about|into ways|methods",
    "how many|much {of my/of his/of her/of the/} $TABLETS {would it/does it/will it/it would"
    "/it will/it 'd/to} take|kill",
    "how many|much _? _? would|will|does it take to die|kill",
    "how many|much of my|his|her|the _ _? $TABLETS {would it/does it/will it/it would/it will/it 'd} take",
    "how many|much $TABLETS {is/are/would be/'s/s} too many|much|enough|fatal|lethal|deadly",
    "do|doing|doin it tonight|tonite|2night",
    "expressed|expresses|expressing|stated|states|voiced|voicing|announced intent|intention|intentions to end|take"
    " her|his|their|my own? life",
    "make it right tonight",
    "{i/'ve/ve/just/have/'m/am/m} taken|took|swallowed|had|necked|taking a|the|my? $LOTS _? _? _?"
    " _? $TABLETS",
    "took|taken|swallowed _? _? _? all|whole my|the|of? $TABLETS",
    "{i/'ve/ve/just/have/has/'s/s} just|already|now? taken|took|had|done|swallowed an|a"
    " overdose|od",
    "i 've|have|ve|had? just|already|now? overdosed|od'd|oded",
    "already taken|took|swallowed some|them|loads|lots|all|everything",
    "just taken|took|swallowed loads|lots|everything",
    "taken|took|swallowed some|all of the same",
    "swallowed {everything/it all/the lot}",
    "taken|took|necked the lot",
    "bought|buying|got|getting $TABLETS from {different/several/lots of different/2 different/3 different"
    "/two different/three different/four different} shops|chemists|pharmacies|supermarkets",
    "{nobody/no one/noone} at|in this|the address|house|flat to read|open them|it|these|this",
    "this is|'s|s the last time {i 'll/ill/i will/i m/i 'm/im} write|writing|email|emailing|text|texting"
    "|message|messaging .",
    "'ll|ll|will have another|two|2 deaths|death|one to review",
    # "co-codamol" is three tokens
    "taken|took|swallowed|had|necked|taking # {co - codamol/co codamol/co - dydramol}",
    "threatened|threatening|threatens @? @? @? to kill|stab|strangle|shoot me|us|her|him|the",
    "this|it is|'s|s my last message|email|text|letter .",
    "last email|message|text|letter you 'll|ll|will have|get|receive from me .",
    "when|wen you|u|ur read|reading|get|see this {i 'll/ill/i will} be gone|dead",
    "taking|take|bringing|bring|pour|pouring petrol to|on|over|through",
    "keep|keeps|kept looking|staring at the|my|his|her gun|shotgun|rifle|pistol|rope|noose",
    "counted|counting|count how many|much $TABLETS",
    "tied|tying|tie|fixed|fixing|hung|put|attached a|the|my belt|rope|cord|scarf|flex|lead|cable|tie"
    " to|round|around|over|from the|a|my banister|banisters|beam|beams|hook|loft|rail|bannister",
    # a rope put "up on" or "on" the loft hatch; not a dog's lead put on the hook
    "tied|tying|fixed|hung|put|attached the|a|my rope|noose|ligature up? on|to|round|over|from the|a|my"
    " banister|banisters|beam|beams|hook|loft|rail|bannister|hatch",
    "wrong|other side of the railing|railings|barrier|barriers|bridge",
    "{wo n't/wo nt/wont/will not/do n't/dont} need it|them|this|that|anything where {i 'm/im/i am/am/i m}"
    " going",
    "did|do n't|nt|not mean to go|cut this|so|too deep",
    "cut|gone|went|go too deep",
    "cuttin|cutin again",
    "finish|finishing my|his|her own? life",
    "how quick|quickly it would|'d be",
    # not "kill": "I'm going to kill my sister, she booked the wrong hall" is a joke
    "going|gon|want|wanna|about|ready to|na? hurt|harm|smother|drown|suffocate my|the"
    " kids|kid|children|child|baby|babies|son|daughter|boys|girls",
    "throw|throwing|threw|chuck|chucking $THEMSELF in|into|off|under|to the|a $PLACE|river|sea|train"
    "|traffic|water",
    # told of someone else: "she's going to throw herself in front of a train", "off the multi-storey"
    # (not "threw": a death already told)
    "throw|throwing|chuck|chucking himself|herself {under/in front}",
    "throw|throwing|chuck|chucking himself|herself off @? @? @? $PLACE|building|top",
    "going|gon to|na @? @? @? @? @? and|then|or hurt|harm|kill $THEMSELF",
    "{'ll/ll/will/going to/gon na} {try/do it} again {as soon as/when/once/the minute/the moment/the second}"
    " she|he|they|i {'s/s/is/are/'re/am/'m/gets/get} let|out|discharged|released",
    "drive|driving|drove|crash|crashing into the back of a|the lorry|wagon|truck|bus|van",
    "going|gon to|na drive|crash @? @? @? into a|the|same @? lamppost|wall|tree|bridge|lorry|river|sea",
    "going|gon to|na do|go the same thing|way|tonight|too",
    "not|n't|nt afraid|scared to use it|them",
    "burn|burning|torch|torching it|the|your|his|her|their|our _? to the ground",
    "going|gone|heading|went round|over|down|up @? @? @? @? @? with a|an|the knife|bar|hammer|bat|machete"
    "|crowbar|axe|gun",
    "to kill|stab|shoot|murder|batter the|that doctor|consultant|nurse|driver|gp|midwife|registrar"
    "|surgeon|paramedic",
    "'ll|ll|will find him|her|them at|outside his|her|their house|home|office|work",
    "see how he|she|they|you like|likes losing",
    "show|teach him|her|them|you what it feels like",
    "he|she|they 'll|ll|will know|learn what it feels like",
    "walked|gone|went|run|ran|stormed|left out|off @? @? @? @? with a|the|his|her kitchen? knife"
    "|knives|gun|machete|hammer|bat|axe",
    "took|taken|swallowed the|a whole packet|box|bottle|lot|strip",
    "$INTENT {take/taking/swallow} a|the|my? $LOTS _? _? _? _? $TABLETS",
    "{i/'ve/ve/just/have/has/'s/m/'m/am} taken|took|swallowed|had|necked|taking about|around|over|like? # _? _?"
    " $TABLETS",
    "$INTENT {take/taking/swallow} # _? _? $TABLETS",
    "$INTENT {take/taking/swallow} {everything/it all/the lot/all of it/all of them}",
    "$INTENT take|taking an|a? overdose|od",
    "stockpiling|stockpiled|saving|savin|saved|hoarding|hoarded up? my|the|all|her|his|their? _? $TABLETS",
    "stockpiling|stockpiled|saving|savin|saved|hoarding|hoarded my|his|her|their mum|mums|dad|dads|nan|nans"
    " 's? $TABLETS|tabs",
    "been collecting|keeping|saving|hoarding up? my|the|all? $TABLETS",
    "$TABLETS saved|stockpiled|hoarded|stashed",
    "holding|staring|with {the/my/his/her/all the/all my/all his/all her/a bottle of/a box of"
    "/a packet of/bottle of/box of/loads of/at the/at my/at all} $TABLETS",
    "got {the/all the/all my/all his/all her/a bottle of/a box of/a packet of/loads of} $TABLETS",
    "have|has|'ve {a bottle of/a box of/a packet of/loads of/all the/all my/all his/all her}"
    " $TABLETS",
    "$TABLETS counted|lined",
    "counting|counted|lining|lined up? the|my|his|her|all|some $TABLETS",
    "$TABLETS in|by my|her|his hand|bed",
    "$TABLETS in front of me",
    "try|trying|tried to? and? die",
    "cutting|harming|hurting|burning|starving|hitting|punching $SELF",
    "{cutting/self harming/self - harming/harming} again",
    "to|wanna|'ll|ll|will|might|keep|kept|started|start|been|na|urge|urges $HARM $SELF",
    "cut|hurt|harmed|burnt|burned $SELF again|tonight|today|last|earlier",
    "i cut|harmed|burnt|burned again|last|tonight|deeper",
    "deeper next time",
    "just cut|hurt|harmed|burnt $THEMSELF",
    "cut|slit|slash|slashed|cutting|slitting|slashing my|his|her|their wrists|wrist|throat|arms"
    "|legs|thighs",
    "wo|wont|will n't|nt|not? stop bleeding",
    "locked herself|himself|themselves|myself in",
    "barricaded herself|himself|themselves|themself in",
    "so {they/you/he/she/nobody/no one} do|does|wo n't|nt have to break|kick",
    "tried|trying|try to strangle|hang|kill|hurt|harm|cut|suffocate|drown $THEMSELF",
    "i|started|start|'m|am|m|is|'s|keep|keeps|kept self -? harm|harming|harmed",
    "urge|urges to self -? harm",
    "have|has|'ve|ve|'s|s|i been self -? harm|harming|harmed",
    "self -? harming|harmed again",
    "stop|stopped eating and drinking",
    "i 've|have|ve? done|did something stupid|silly",
    "do something stupid|silly",
    "do something to $THEMSELF",
    # the act said outright, however ordinary the words around it
    "$INTENT take|swallow|neck them|those|these all now|tonight"
    " !to|with|for|out|round|over|home|back|in|into|up|down|along|there|swimming|shopping|outside|off",
    "take|swallow|neck them|those|these all now|tonight so i",
    "cut|burned|burnt|scalded|hurt|hit my arm|arms|leg|legs|wrist|wrists|skin|hand|hands|thigh|thighs"
    " @? @? @? @? @? @? @? on purpose",
    "$NT taken|had|used any? of? my own? insulin|meds|medication @? @? @? @? on purpose",
    "pouring|poured|flushing|flushed my|the|his|her insulin|meds|medication|tablets away",
    "i|'ve|ve|have cut|cutting|burned|burnt again tonight|today|last",
    "this time i {wo n't/wont/will not/'m not/am not/m not} come|coming|be back",
    "keep|keeps|kept|been|'ve been looking at the knives|knife|rope|pills|tablets|drop|edge|tracks|railway",
    "written|writing|wrote a|my suicide note|notes|letter",
    "written|writing|wrote goodbye letters|notes",
    "written|writing|wrote letters|notes to everyone|my|all",
    "{'ve/ve/i have/i/'m/m/am} written|writing|wrote letters|notes for everyone|everybody",
    "got|have|has|'ve|with the|a rope|noose|ligature",
    "rope|ropes|noose in the|my|his|her",
    "bought|buying|ordered|ordering a|the|some|another rope|noose|ligature",
    "with a|the|my razor|razors|blade|blades|rope|noose|ligature|belt|shotgun",
    "got|get|getting|took|taken the|my blade|blades out",
    "the|my $PILLS are|'re|re kicking in",
    "this|it will|'ll|is be? my last email|message|text|letter|correspondence|words to|with anyone"
    "|anybody|ever|you",
    "had|'d|d better not be there|around .",
    "intends|intend|intending|going|gon|wants|want|'ll|ll|will to|na? \"|'? put _ _? in the ground",
    "car|engine _? running in|inside the garage",
    "in the car in the garage",
    "hose in|through|into the|my window|exhaust",
    "engine running|runnin @? @? @? hose",
    "got|with|wi|bought|has|'s a|the hose|hosepipe",
    "got|with|bought|has|'s a|the hose pipe",
    "took|taken|swallowed $LOTS of|the? $TABLETS",
    "{has/have/'s/'ve/ve/just/having} taken|swallowed a large|huge quantity|amount|number of",
    "took|taken|swallowed everything in|from the|my cupboard|cabinet|drawer|box",
    "how many|much $TABLETS it takes",
    "made|making|make an attempt on her|his|my|their own? life",
    "worked|working out how much|many it would|will|'d take",
    "{want/wants/wanted} someone|somebody|anyone to stop me",
    "{wo n't/will not/do n't think i 'll/dont think i 'll/do n't think ill/dont think ill}"
    " step back this time",
    "{if/unless} the? police|courts|court|panel|they|you do|does n't|nt|not do something|anything"
    " {i 'll/i will/ill} do it|something myself",
    "drink|take|swallow|down it|them|this|everything when|once|after i press|hit|click send",
    "$TABLETS @? @? @? lined up on the|my table|bed|floor",
    "do|doing $THEMSELF in",
    "think|thinking|thought about doing the same thing?",
    "garage with the engine|car running",
    "swallowed|drunk|drank|taken|took some|the? bleach|poison|antifreeze|weedkiller",
    "{got/taken/took/fetched/getting/get} @? @? @? shotgun|gun|rifle out",
    "thinking|thought|think about how {i 'd/id/i would/i could/i 'll/i will/to} do it",
    "quickest|easiest|best|painless|quick way|ways to {die/kill myself/end it/end my life}",
    "scared|afraid|worried|frightened she|he|they 'll|ll|will|might {try/do it} again",
    "{walk/walking/drive/driving/step/stepping/jump/jumping} {into/off/under/in front of}"
    " {the/a/} {oncoming/busy/moving/} {sea/river/wall/something/traffic/reservoir/canal/lake/water"
    "/tree/motorway/train/bus/lorry/bridge/wagon/truck/pylon}",
    "{go/going/gone/wade/wading/swim/swimming} {into/out into/out in} the sea|water|river|reservoir"
    "|canal|lake|bay tonight|now",
    "{go/going/gone/wade/wading/swim/swimming} {into/out into/out in} the sea|water|river|reservoir"
    "|canal|lake|bay to find|join|be",
    "$INTENT jump|jumping",
    "jump|jumping|throw|throwing $SELF? off|from|under",
    "jump|jumping|throw|throwing|step|stepping|walk|walking|stood|standing|stand $SELF? in front",
    "standing|stood|sat|sitting|'m|am|m on|at|by|near @? @? @? @? $PLACE",
    # going to the child who died
    "be with|wi $LOVED tonight|now|soon|today|forever|again",
    "i|ill 'll|ll|will? be with $LOVED",
    "'m|am|m with $LOVED now|forever",
    "go|gone|going and be with $LOVED",
    "go|going|be to? where $LOVED is|'s|are",
    # last words
    "by the time you read|get|see this",
    "by the time anyone|someone|somebody reads|gets|sees this .|,|!|i|it|i'll|ill|i'm|im",
    "{do n't/dont/do not/please do n't/please dont} try to? and? find|stop me",
    "{i 'm/i am/im/i m/i/'m/am/m} not coming back|home down|.|,|!|again|this|alive|now",
    "i wo|will n't|nt|not {come/be coming} back|home down|.|,|!|again|this|alive|now",
    "wont {come/be coming} back|home down|.|,|!|again|this|alive|now",
    # "he is never coming back" is grief; "she texted saying she's never coming back" is not.
    "saying|says|said|texted|messaged|told @? @? she|he|they|i 's|is|are|'re|s|'m|am|m never"
    " coming back|home",
    "come|coming back? down|back this time",
    "$NT think i 'll|ll|will {come/be coming} back|home down|.|,|!|again|this|alive|now",
    "think|thinking about doing what he|she|they did",
    "look|looking|looked|staring|stare|peering down? over the edge",
    # "drove off saying he's going to where Kai died and he's not coming back"
    # ("the nurse said that he is not coming back" and "she keeps saying he's not coming back" are grief)
    "said|says he|she|they 's|is|are|'re|s not coming back|home down|.|,|!|again|this|alive|now",
    # a threat to someone named in a case: "I will find her. I know her name", "I'll find him myself";
    # not "I'll find her number", "I'll find him a leaflet" nor "I'll find you at the meeting"
    "i 'll|ll|will|wil find him|her .|,|!|myself|wherever",
    # a weapon at hand: "I'm outside the hospital and I have a knife" (not "a knife block")
    "i have|'ve|ve a knife|gun|blade !$UNARMED|and|for",
    "ca|can n't|nt|not stop the bleeding",
    "do it @? properly @? next time",
    "so we can? go together",
    "i mean it this time",
    # a child not breathing in front of the writer: "I'm doing CPR, ambulance on the phone"
    # (not "doing CPR training")
    "i 'm|m|am doing cpr .|,|!|on|and|now|but|while|-|please|help",
    "we 're|re|are doing cpr .|,|!|on|and|now|but|while|-|please|help",
    # a resuscitation still going on as a crew or a ward writes: "crew still working on him en route"
    # (not "the crew were still working on him when he died", nor "still working on the report")
    "{are/'re/re/is/'s/s/crew/crews/paramedics/doctors/team} still working on him|her|them",
    "{are/'re/re/is/'s/s/crew/crews/paramedics/doctors/team/we/i} still doing cpr",
    # "lately I think about just not turning the wheel", "his dressing gown cord in my hands"
    "not turn|turning the wheel",
    "cord|cords|rope|ligature in my hand|hands",
    "he|she|they 's|is|are|s coming for me|us and|next|.|!|,|tonight|now",
    "i 'm|m|am|im coming for u|you|ya and|next|.|!|,|tonight|now",
    # "he'd told her he'd 'finish her' if she talked" (not "the paperwork will finish her off")
    "he|she|they 'd|would|will|'ll|ll @? finish her|him|you|them|me @? if|off",
    "!keep|keeps|kept saying|texted|messaged @* he|she|they 's|is|are|'re|s not coming back|home down|.|,|!|again"
    "|this|alive|now",
    "goodbye everyone|all|forever|world",
    "bye everyone|forever|world",
    "this is|s|'s goodbye",
    # not safe now
    "i 'm|am|m $NT safe",
    "$NT|never feel|feeling safe",
    "$NT safe {tonight/right now/now/at home/in the house/in my house/with him/with her/with them"
    "/around him/around her/with myself/from myself/from him/from her/anymore/any more}",
    "$CANT keep {$SELF/me/him/her/them/us} _? _? safe",
    "$CANT keep the|my|our _? safe",
    "scared|afraid|frightened|terrified of $SELF",
    "unsafe {tonight/at home/now/right now}",
    "'m|am|m|is|'s|are|'re in immediate|real|serious? danger",
    "in danger {right now/now/tonight}",
    "fear|scared|afraid|frightened|terrified for my|our|his|her|their life|lives|safety",
    "safe to remain|stay|be|go @? @? tonight",
    # threats to others
    "i 'm|am|m? going|gon|about|ready|want|wanna to|na|ta? hurt|kill|stab|harm|batter|shoot"
    "|strangle|murder him|her|them|you|someone|somebody|anyone|everyone|that|the|his|their|whoever",
    "i 'm|am|m? going|gon|about|ready|want|wanna to|na|ta? hit|beat|attack|smash him|her|them",
    "{i 'll/i ll/i will/ill} hurt|kill|stab|harm|batter|shoot|strangle|murder him|her|them|you|someone"
    "|somebody|that|the|his|their|whoever",
    "$PEOPLE =? =? =? kill|stab|strangle|murder|shoot|hurt|harm|batter|beat me|us|my|the|her|him"
    "|them|mum|everyone",
    "threatened|threatening|threatens|threats to '? _? kill|hurt|harm|stab|shoot|strangle|shake|hit",
    "threatened|threatening|threatens|threats to '? take|snatch the|my|her|his|our $CHILDREN",
    "threatened|threatening|threatens|threats to '? burn|torch",
    # "the father who made threats towards the nurse was arrested" is told of the past
    "{making/make/'s made/has made/have made/'ve made/keeps making/keep making} threats towards|against",
    "threatened|threatening|threatens|threats to '? set fire",
    "threatened|threatening|threatens|threats to @? @? @? @? @? and? make them|him|her|you|us pay",
    "make|making you|them|him|her all? pay for what",
    "wo|will n't|nt|not be smiling after|when|for",
    "set|setting $THEMSELF on fire|alight",
    "$PEOPLE 'll|ll|will kill|stab|hurt whoever|anyone|everyone|somebody|someone",
    "wo|will n't|nt|not be responsible for what",
    "wont be responsible for what",
    "i know where he|she|they lives|live|drinks|drink|works|work|goes",
    "i know where you live|work|park|sleep",
    "we know where you live|work|park|sleep",
    "should|better be scared|afraid|frightened|terrified",
    "know|knows what car he|she|they|you drive|drives",
    "better watch her|his|their|your back",
    "do something to her|him|them|you",
    "burn|burning|torch|torching the|your|his|her|their|our house|home|place|office|hospital|school|ward"
    "|building|church|surgery|practice|clinic|station|shop|flat down",
    "coming|come for him|her|them|you tonight|now",
    "with {my dad 's/my dads/his dad 's/a/the/my/his/her} gun|rifle|shotgun|firearm",
    "nobody|no one|noone is|'s walking|getting|coming out",
    "sending|sent|sends|posting|posted goodbye msgs|messages|texts|notes|letters|posts",
    "with a can|cans|canister|jerrycan of petrol",
    "should be shot",
    "use|turn it|the|a|his|her gun|shotgun|rifle? on himself|herself|themselves|themself|myself",
    "someone|somebody|people 's|is|are|'re going|gon to|na get|be hurt",
    "someone|somebody|people will|'ll|ll get|be hurt",
    "find|get the people|person|man|men|lads|ones|guy|whoever who|that did it|this|that",
    "going|gon to|na find @? @? @? @? and kill|stab|hurt|batter|shoot him|her|them",
    "make|making sure he|she|they|him|her|them never walks|walk|drives|drive|breathes|breathe|talks|talk",
    "he|she|they 's|s|is|are|'re going|gon to|na hurt|harm|stab|batter _",
    "said|says he|she|they 's|is|'ll|will|are|'re going? to? do it again",
    # someone else talking of suicide
    "want|wants|wanted|going|gon|trying|tried|try|threatening|threatened|threatens|planning|plans"
    "|talking|talks|keeps|says|said|saying @? @? kill|hurt|harm $THEMSELF",
    "'ll|will kill $THEMSELF",
    "$PEOPLE|son|daughter|brother|sister _? _? _? kill|hurt|harm his|her",
    "$PEOPLE|son|daughter|brother|sister _? _? _? end|cut $THEMSELF",
    "killing|hurting|harming|ending|cutting himself|herself|themselves",
    "plan|planning|plans|want|wants|wanted|going|threatening|threatened|tried|trying to end|take"
    " her|his|their own? life",
    "posting|posted|posts|saying|says|said|texting|texted|messaging @? @? @? @? @? 's|s|is|are|'re doing|going"
    " the same tonight|now|today",
    "said|saying|says|told|posted|texting|texted|talking @? @? @? @? @? @? @? @? want|wants|'ll"
    "|will|going to|na? '? do|go the same",
    # a child or adult in danger now
    "is|are|'s|'re|s|am|'m|m being hit|hurt|beaten|attacked|abused|strangled|choked|battered"
    "|kicked|punched|threatened|assaulted|raped|dragged",
    "$PEOPLE 's|is|are|'re|s $ABUSE me|us|her|him|them|my|the|mum|his|our",
    # "my dads hitting my little brother again": the apostrophe left out
    "dads|mums|stepdads|boyfriends|partners|husbands|brothers $ABUSE me|us|her|him|them|my|the|mum|his|our",
    # "he keeps shaking him when he cries"; not "shaking her head"
    "keeps|kept|is|'s|s shaking the? baby|him|her when|and|to|until|because|again|.",
    "!$FEELINGS hits|beats|punches|kicks|slaps|chokes|strangles me|us|her|him|them|my|mum",
    "keeps|keep|kept|always|just hitting|punching|punched|kicking|kicked|slapping|slapped|beating"
    " me|us|her|him|them|my|the|his|our",
    "$PEOPLE just? hit me|us|her|him|them|my",
    "!$FEELINGS hit|hits|beat|beats|punch|punches|kick|kicks|slap|slaps _? _? every night|day"
    "|morning|time",
    "dragging|dragged a|the|my|his|her $CHILDREN",
    "kick|kicking|smash|smashing|break|breaking down|in the|a|my|our door",
    "kick|kicking|smash|smashing|break|breaking the|a|my|our door down|in",
    "smashing|wrecking|trashing the|his|her|our|my? house|place|flat|things|everything",
    "locked me|us|them|him|her @? @? @? in",
    "$CHILDREN locked in",
    "'s|is|are|been|being locked in a|the car|room|bedroom|house|flat|cupboard",
    "wo|will n't|nt|not let her|him|me|us|them leave|out",
    "wont let her|him|me|us|them leave|out",
    "left {on her own/on his own/on their own/alone/home alone} since|for|all",
    "$NT to? let him|her|me|us|them go home",
    "scared|afraid|frightened|terrified to go home",
    "scared|afraid|frightened|terrified to be left alone with",
    "comes|coming|came in|into my|her|his|our room|bedroom|bed at night",
    "scared|frightened|terrified|afraid something 's|has|might|may have? happened",
    "'s|has|have|'ve|ve|s|is|are|'re got|grabbed|holding|waving|wielding|brandishing"
    "|pointing a|an|the|his|her|my|your? knife|knives|gun|guns|weapon|blade|machete|shotgun"
    " !$UNARMED|licences|club|range|safety",
    "$PEOPLE has|have a|an knife|gun|weapon|blade|machete|shotgun",
    "knife|gun|blade to my|his|her|their|the throat|neck|head",
    "gone out with his|her|a gun|shotgun|knife|rope",
    "threw|thrown|throwing|throws @? @? @? at me|us",
    "blocked|barricaded the|my door",
    "$CHILDREN|toddler|toddlers @? @? @? on|onto|over a|the @? @? balcony|ledge|railing|railings"
    "|windowsill",
    "$CHILDREN|toddler @? @? @? @? on|along|across the {hard shoulder/motorway/tracks/railway line}",
    "roof|bridge|ledge|balcony|railings|viaduct|scaffolding|crane @? @? @? @? @? @? @? @? @? @? and?"
    " {wo n't/wo nt/wont/will not/refuses to/refusing to} come down",
    "{saying/said/says/threatening/threatened/told me/telling me} {she 's/he 's/she is/he is/she was/he was"
    "/i 'm/i am/they 're/they are/} going|gon to|na take|swallow {tablets/pills/an overdose/everything}",
    "unresponsive after taking|swallowing @? @? $TABLETS",
    # someone at a drop now: "mother currently on the railway line", "she's on the motorway bridge"
    "{currently/right now/still/now/she 's/she is/he 's/he is/they 're/they are/i 'm/i am/im} on the|a"
    " {motorway bridge/railway bridge/railway line/railway/tracks/track/viaduct/ledge"
    "/cliff edge}",
    "{i/'ve/ve/have/has/'s/s/just} taken|took|swallowed|necked a lot of $PILLS",
    "{there 's/there is/theres/there are} a|an|two man|men|woman|intruder|someone|somebody|person|guy|bloke"
    " @? @? @? @? with a|an knife|gun|machete|axe|blade|weapon",
    "$INTENT \"? do her|him|them|you|someone|somebody in",
    "{said/says/say/told me/telling me} {she 's/she has/he 's/he has/they 've/they have/i 've/i have} \"? taken"
    "|swallowed something",
    "still at|in home|house with the? suspect|suspects|perpetrator|abuser|alleged",
    "grabbed|grabbing|grabs|holding|held|had _? _? by the throat|neck",
    "kicked|punched|stamped|kneed|kicks|punches her|him|me|us in the stomach|belly|head|face|chest"
    "|ribs",
    "chasing|chased @? @? @? @? @? with a|the hammer|knife|axe|bat|machete|bottle",
    "came|coming|went|going at|for|after @? @? with a|the hammer|knife|axe|bat|machete|bottle",
    "going|gon|coming|come round|over|up there|here? with a|the|my|me bat|knife|hammer|machete|axe"
    "|gun",
    "'s|is|s|are|'re $NT waking|breathing",
    "floppy and|,|. {wo n't/wo nt/wont/will not/is n't/is nt/isnt/is not/ca n't/ca nt/cant/can not}"
    " wake|waking|respond|responding|breathe|breathing",
    # a threat posted or texted: "it ends tonight"
    "it|this|everything ends|finishes tonight|today|now",
    # a threat told on: "he's said if I go to your meeting he'll finish me"
    "he|she|they 'll|ll|will|'d|d finish me|us|her|him off?",
    "carrier? bag|bottle|clothes|he|she smells|smelled|smelling|smelt|stinks|stank strongly? of petrol",
)

DISTRESS = (
    "ask|asks|asking|asked|beg|begging $LOVED to come and? get|take|fetch me",
    "$THINK swallowing|downing {everything/all/the lot}",
    "unless i am|'m|m no longer here|around|alive",
    "'s|s|is|am|'m|m going|gon to|na join him|her|them today|tonight|soon",
    "doubt i 'll|ll|will still? be here|around",
    "$THINK {ending/end} it|things|everything|$SELF",
    "$THINK $HARM $SELF",
    "$THINK {taking/take/ending/end} my|her|his|their own? life",
    "$THINK suicide|~suicidal",
    "$THINK self -? harm|harming",
    # someone having the thoughts now, not the thoughts as a topic
    "$HAVING thoughts of|about {ending/end} it|things|everything|$SELF",
    "$HAVING thoughts of|about {taking/ending} my|her|his|their own? life",
    "$HAVING thoughts of|about suicide|self|killing|harming|hurting",
    "'m|am|m|feel|feels|feeling|felt|been|getting|go|went|gone|becoming _? _? ~suicidal",
    # "suicidal thoughts" alone names a topic (training, research, a case history); someone must have them
    "{'ve/ve/have/has/had/having/get/gets/getting/got/experiencing} ~suicidal"
    " thoughts|thought|feelings|thinking|ideation|urges",
    "{feel/feeling/felt} like {ending/end} it|things|everything",
    "want|wants|wanna|ready|longing to? die",
    # "I wanted to die when they told me" is most often told as past; "I've wanted to die" is not
    "'ve|ve|have|has|still wanted to die",
    "think|thinking|thought about dying {every day/every night/every morning/all day/all night/all the time}",
    "talk|speak to someone|somebody|anyone before i do it",
    "want|wants|wanna|wanted to be dead",
    "wish|hope|pray i could|would|'d|d|can die",
    "wish|hope|pray i was|were|'d|d|had dead|died|gone",
    # told of someone else by a child or a professional: "her mum said she wishes she was dead"
    "{she wishes she/he wishes he/they wish they} was|were dead",
    # not "the pregnancy is still at high risk"
    "{he/she/they/mum/dad/mother/father/and} {remains/remain/is still/'s still/are still} at high|immediate|significant risk",
    "wish|hope|pray i _? could|had|'d|d? gone|died|go|die with|instead|too",
    "wish|hope|pray i _? $NT|never _? here|alive|born|around|wake|exist",
    "sleep and not|never wake",
    # stopping insulin is a means a diabetic has at hand: "I stopped doing my insulin on Sunday"
    "stopped|stopping doing|taking|having|using my insulin",
    "{decide/deciding/decided/decide on} whether|if to? step|jump|walk off|in|into|under",
    "want|wanna to do something worse",
    "ca|can|could n't|nt|not think of a|one|any reason not to",
    "so i 'm|am|m|can be with him|her|them",
    "sleep forever",
    "cares|care if|whether i live|die",
    "care if i {come back/make it back/make it home/get home/wake up}",
    "want|wanna to disappear like|with him|her|them",
    "wo|will n't|nt|not be waiting|hanging|sticking around|about",
    "getting {a bit/a little/} closer each|every time|night|day",
    "what 's|s|is the point of me",
    "if i 'm|am|m not here|around tomorrow|anymore",
    "{'m/am/m/im} not going|gon to|na be here|around|alive",
    "$NT think {i 'll/ill/i will} still? be here|around|alive",
    "be easier|better for everyone|everybody {./if i/without me}",
    "gone and {i 'm/im/i am/i m} going too|as well",
    "{i 'm/im/i am/i m} sorry for everything .",
    "$NT deserve to {live/be here/be alive}",
    "$NT|n't|dont plan|planning|intend|intending|expect|expecting on|to wake|waking up?",
    "$NT|n't|dont plan|planning|intend|intending|expect|expecting on|to be|being alive",
    "$NT|n't|dont plan|planning|intend|intending|expect|expecting on|to be|being here|around much|for?"
    " longer|long",
    "shall|will|'ll|ll be joining $LOVED before|soon|tonight|now|today|tomorrow|.",
    "had enough of being alive|here|living",
    "point|reason {of/in/to} {keeping/keep} $SELF alive|going",
    "$CANT do|face christmas|xmas|birthday without",
    "telling|tells|told|calling|calls|wants|want me to come to|join him|her|them",
    "see you|u soon {princess/angel/bro/sis/baby/son/my boy/my girl/little man}",
    "$NT want anyone|anybody|someone|you|them to find me",
    "going|gon to|na '? join $LOVED tonight|soon|now",
    "wo|will n't|nt|not be here|around to read|see|hear it|this|them|that",
    "wont be here|around to read|see|hear it|this|them|that",
    "not sure i want|wanna to? {wake/live/be here/go on}",
    "go|going to my|our son|daughter|boy|girl|baby|angel .",
    "{'ll/will/ll} all? be together in heaven",
    "go|going|gone|went through with it",
    "will|'ll|ll|would|'d|going|gon to|na? '|\"? finish|end it",
    "nearly|almost did it|did .",
    "not braking",
    "better|happier|easier off? without me|us",
    "want|wanna|need it|this|everything all? to stop|end",
    "make it stop",
    "i could just? disappear|vanish",
    "disappear|vanish forever",
    "$NT|never want|wanna|wanting to? live|exist|wake",
    "$NT|never want|wanna|wanting to? be|stay here|alive|around|living",
    "$NT|never want|wanna|wanting to? {go on/carry on/keep going}",
    "'d|d|would rather|sooner die|be dead",
    "rather|sooner be dead",
    "nothing left? to live for",
    "nothing left for me",
    "no reason|point for me to {stay/live/be here/go on/carry on}",
    "nothing|nobody|noone left to stay|live for",
    "told myself {i 'd/i d/id/i would/i 'll/i will} give it _ _? years|year|months|month|weeks",
    "be with|wiv !you|u|ya|the|team|them|everyone|us|family by|before the? mornin|morning|midnight",
    "no reason to {live/go on/carry on/keep going/be here/stay alive/get up}",
    "ca|can n't|nt|not see any|a reason to {live/go on/carry on/keep going/be here}",
    "no|the|any point in|of|to? {living/life/anything/existing/going on/carrying on/being here"
    "/being alive/waking up/getting up/it all/any of it/me being here}",
    "no point {anymore/any more}",
    "what|whats 's|s|is? the point {anymore/any more/of anything/in anything/of living/in living"
    "/of going on/in going on/of it all/in it all}",
    "no way out",
    "better off dead|gone",
    "better off {six feet under/in the ground/in a box/under the ground}",
    "better off if|when i just? was|were|had|did|'d|d|'m|m|am $NT|never|gone|dead|died",
    "better off if|when i died|disappeared",
    "$CANT go|carry|keep on|going|living",
    "$NT think i can|could {keep going/go on/carry on}",
    "$CANT live without|like",
    "$CANT live with this|it|myself",
    "$CANT live in this|the world",
    "$CANT face living|life|another|tomorrow|waking",
    "$CANT do another day|night|christmas|year|birthday|week",
    "$NT doing|do|face another christmas|birthday|day|year|anniversary without",
    "$CANT cope|take|face it|this? $ANYMORE",
    "$CANT do it|this $ANYMORE",
    "$NT know how to|i @? @? @? go|carry|keep on|going",
    "$NT know how to|i @? @? @? live|survive",
    "how much longer i can|could go|carry|keep|live|survive",
    "not wanting to be here|alive|around",
    "{wo n't/wo nt/wont/not going to/n't going to/not gon na} be here|around {much longer"
    "/for much longer/for long/long/by morning/by the morning/by the time}",
    "{wo n't/wo nt/wont/will not/not going to/n't going to/not gon na} \"? see tomorrow|morning \"|.|,|!|and",
    "{nobody/no one/noone} would|will|'d even? notice|miss|care",
    "{nobody/no one/noone} would|will|'d even? know for ages|days|weeks|months",
    "you 'll|ll|will never find him|her|them|us|me",
    "never see {^/him/her/them/us/you} alive again",
    "tired of {living/being alive}",
    "it 'll|ll|will all? be over by the? morning|tomorrow|tonight|then",
    "insurance @? @? @? cover|covers|pay|pays out? for|on? suicide",
    "{do you reckon it/do you think it} hurt|hurts ?|,|. @? drowning|hanging|jumping",
    "does|would|will drowning|hanging hurt|hurts ?",
    "{going to/gon na/'ll/will} shoot|bomb up? the|my|our|a|his|her|their school|college|class",
    "{'ll/ll/will/gon na/going to} @? @? @? @? @? finish|finishing what he|she|they|i started",
    "{thinking about/thinking of/think about/keep thinking} just? stepping|walking|jumping off|out|in|into front? @? @? when",
    "{going to/gon na/about to/'m gonna/will} let go",
    "{going to/gon na/'m gonna/about to} drive|crash @? off|into the|a road|wall|tree|bend|edge|cliff|drop|bridge|river|sea"
    "|reservoir|lorry|motorway|barrier",
    "{do n't/dont/ca n't/cant/do not/can not/cannot} see what i 'm|am|m still here for",
    "$NT want anyone|people|them|you|him|her to think it was an accident",
    "$NT eaten|eating|drinking|drunk|drank @? @? @? @? @? @? @? ,? on purpose",
    # a referral form's own field: "Immediate risk: YES"
    "immediate|imminent risk|danger :|- yes|y",
    "how long @? @? @? @? for someone|somebody|anyone to be found",
    "{wo n't/wo nt/wont/will not/not going to/n't going to/not gon na} be here|around {for/to see} the end of it|this",
    "{want to/wants to/wanna/going to/gon na/need to} be buried with $LOVED",
    "if i was|were gone",
    "wo|will n't|nt|not be a burden",
    "wont be a burden",
    "had enough",
    "to be with $LOVED",
    "being with $LOVED is the only",
    "the only thing that makes sense now|anymore",
    "{want to/wants to/wanna/wanted to/wish i could/wish i 'd/wish i had/going to/need to} go|gone"
    " with $LOVED",
    "want|wants|wanna|wanted|need|needs|ready|longing|long|going|gon|na|can|could|'ll|will to?"
    " be with $LOVED",
    "wish i was|were|could be? with $LOVED",
    "want|wanna|ready to go quietly",
    "want|wanna|ready to slip away",
    "want|wanna|ready|need|going|na|'ll|ll|will|just|longing|time|wants to? join $LOVED",
    "might|may as well {go and/} {join/be with/go to} $LOVED",
    "going|gon|want|wanna|need to|na? see $LOVED again|now|soon|tonight",
    "want|wants|wanna|going|gon|ready to|na go|get to heaven",
    "say|saying|said|says his|her|my|their? goodbye|goodbyes",
    "keeps|kept|keep talking|talks|talked about going to $LOVED",
    "like i 'm|am|m|im on the edge",
    "scared|afraid|frightened|terrified i 'll|ll|will|might|could {do it/do something/do anything"
    "/go further/go back/go through with/hurt}",
    "scared|afraid|frightened|terrified i 'm|am|m going to {hurt/do it/do something}",
)

SIGNALS = {
    "now": ("tonight|tonite|2night", "right now", "this minute", "as we speak", "currently",
            "all night", "about to", "within the|an hour", "the last hour", "getting dark",
            "its dark", "it 's dark", "it 's|its|is 2|3|4|5 am", "just now",
            "two|three|four|five in the morning", "nearly|almost|gone|past 1|2|3|4|5 am", "all evening|day", "for it to get dark",
            "searches|search are|is ongoing|underway", "searching now", "locking|locked down",
            "in about|around|under {an/half an} hour"),
    "means": ("$PILLS", "saving|stockpiling|hoarding them|it", "can|cans|canister|jerrycan of petrol",
              "petrol can|cans", "the|a|his|her|my dog 's? lead", "found a tree|branch",
              "stopped|not taking my|his|her $TABLETS", "access to what i need",
              "been|being to|at the $PLACE",
              "{have n't/have nt/havent/not} taken|had my|his|her $TABLETS since|for",
              "rope|noose|razor|razors|blade|blades|shotgun", "car keys",
              "drove|driven|drive|went|gone|going|go|walked|walking to @? @? @? $PLACE",
              "top|roof floor? of the multi|car", "looking|looked|staring|stared at the|a $PLACE",
              "photo|picture|pic|pics of the|a @? $PLACE", "edge of the|a platform|bridge|cliff|roof|ledge",
              "waiting for a|the train", "pistol|pistols|revolver", "end of the platform",
              "insulin pens", "sat|sitting|parked in my|the car by|at|near the $PLACE",
              "watching|watch|sitting|sat @? the tide|sea|water|waves come|coming in",
              "hairdryer|toaster|heater plugged in", "empty tablet|pill|pills|tablets packets|packet|boxes|box",
              "{going/go/goes/went} @? to the same place|spot",
              "stood|standing|waiting on|at the? platform", "letting|let|watching|watched the @? trains|train go|pass|past|by",
              "baseball|cricket bat|bats", "machete|machetes|crowbar",
              "smells|smelled|smelling|smelt|stinks|stank strongly? of petrol",
              "took|take|taken|taking|grabbed|grab|grabbing a|the kitchen? knife|knives", "$TABLETS laid|lined|set|counted out",
              "counting|counted it|them out", "engine|engines 's|s|is|are on|running",
              "garage door|doors 's|s|is|are shut|closed|locked", "{is/'s/s/am/'m/m} now? on|at the $PLACE",
              "{meet/meeting/meet up/meeting up} at|by the $PLACE", "located|seen near|by|at the $PLACE",
              "{'s/s/has/have/'ve/ve/i} taken|swallowed something",
              "taken|took|swallowed all of them|em",
              "stop|stopped|stopping|not taking my|his|her _? $TABLETS",
              "{looking at/looked at/staring at/stared at/thinking about/thinking of} the|a train|railway"
              " line|lines|tracks"),
    # "she 'won't be going home'", said on leaving a ward or the department
    "farewell": ("someone|somebody|anyone to know", "wanted|want u|you to know", "wo|will n't|nt|not be going home !tonight|today|yet|until|till|for|this|because|cause|'cause|as|now|to|after|before",
                 "made|making my peace .|,", "made|making my peace with everyone|everything|god|the world|life",
                 "letters|letter|notes|note are|'re|is|'s on the table|side",
                 "tell @? @? i love|loved", "i love you all|both", "love you all",
                 "i 'm|am|m sorry mum|dad|everyone",
                 "i 'm|am|m sorry .", "bye|goodnight|goodbye", "look after @? @? @? @? for me",
                 "please look after", "$NT blame anyone|yourself|yourselves",
                 "{no one/nobody/anyone/noone} 's|s fault",
                 "anyone|anybody|you to? feel responsible", "make sure my @? gets",
                 "if anything happens|happened|should happen to me",
                 "left|leaving|found a|his|her|their|the @? @? @? @? @? note|letter",
                 "make sure @? @? @? @? are|is|gets|get looked after",
                 "written|writing|wrote my|a note|notes|letters", "written|writing|wrote to everyone",
                 "written|writing|wrote to the|my girls|boys|kids|children|family|parents|husband|wife|sister|brother",
                 "written|writing|wrote {letters/a letter/notes/a note} to her|his|my|their",
                 "give|gave|giving it|this|them to @? @? on his|her|their 16th|18th|21st birthday",
                 "have|has|need|needs to break in|down|it", "have|has|need|needs to break the|a door",
                 "{nobody/no one/noone} is|'s left {with/to deal with} my mess",
                 "the last thing i was|'m|am waiting for", "{wo n't/wont} be able to later",
                 "left instructions|letters for|with",
                 "last email|message|text|letter you 'll|ll|will have|get|receive from me",
                 "last msg|message|text|email from me", "wo n't|nt need the|my|next appt|appointment",
                 "wont need the|my|next appt|appointment", "i 'll|ll|will be with you|him|her|them soon",
                 "goodbye letter|note|message", "tell mum|dad|her|him|them|everyone sorry",
                 "{'ve/ve/have/i} written|wrote notes|letters", "i 'm|am|m coming {brother/bro/sis/sister/to you}",
                 "then i go to him|her",
                 "{'ve/ve/have/i/'d/had} written|wrote ^ a letter|note",
                 "written|writing|wrote|left notes|letters for the|my girls|boys|kids|children|family",
                 "{wo n't/wo nt/wont/not going to/n't going to/not gon na} be here|around",
                 "$NT think i 'll|ll|will be here|around",
                 "tell @? @? @? {i 'm/im/i am/am/i m} sorry", "whoever reads|finds this",
                 "not {her/his/their/anyone 's/anyones} fault", "should|to all? forget me|her|him",
                 "{do n't/dont} think i 'll|ll be needing",
                 "{wo n't/wo nt/wont} be needing @? @? after",
                 "{wo n't/wo nt/wont} be replying|answering|responding|reading @? @? @? after today|tonight",
                 "make sure @? @? @? knows|know @? @? was|is loved",
                 "might|may not be around|here {for/to see/to hear} it|this|that|them",
                 "last time i 'll|ll|will be|ever", "said|say what i need|needed to say to",
                 "{wo n't/wont/will not} be coming back for", "when|once i 'm|m|am not around|here after|anymore",
                 "{would n't/wouldnt/wo n't/wont} be a worry|burden|bother to anyone|anybody",
                 "{would n't/wouldnt} need the|my|next appt|appointment",
                 "{neither of us will/i wo n't/i wont/we wo n't/we wont/i will not/we will not} need any of it",
                 "{this is my last/this 's my last/my last ever} letter|note|message",
                 "written|wrote the letters|notes for", "forgive me .|\"|'|!|”|’",
                 # passed on by someone else: "tell her brother Alfie she loves him", "tell Lily's nan sorry"
                 "tell @? @? @? {she/he} loves|loved", "tell @? @? @? sorry ,|.|and|for"),
    # thanks for trying, beside a goodbye or a plan, is a farewell; alone it is manners
    "thanks": ("thank|thanks me|you for being kind|there", "thank|thanks you? for trying", "thanked|thanking me|us|you|everyone for everything"),
    # an apology for everything is a kind of its own: "sorry for everything ... goodnight" is two
    # signals, "I'm sorry. I can't make Thursday. Bye" is one
    "apology": ("sorry {to everyone/for everything}",),
    "plan": ("got|have|'ve|ve|put things|everything|it all? ready", "{put/putting/got/getting/sorted/sorting} out? my affairs", "told the bank", "giving|gave|given his|her|their|my stuff|things|belongings away", "where the|my will is", "cancelled|canceled the milk|paper|papers|newspaper", "left|leave|leaving the back|front? door unlocked",
             "put|left|leave the? spare key under|with|for", "{got/have/'s got/has/'ve got} it all planned",
             "everything is|'s sorted|arranged|finished|in", "is|'s|are finished and? in order", "for the right night|moment|day",
             "closed my|the bank? account|accounts",
             "moved|transferred|given all? my|the money", "given|gave|giving away? her|his|their @? @? @? clothes|hoodies|stuff|things|belongings",
             "had|have|has|'ve got? everything i|she|he|they need|needs|needed",
             "bought|got what i need|needed",
             "going|gon|go back? up|out|down? there? to finish it", "get|getting|got|work|working up the guts|nerve|courage",
             "get|getting|got|work|working the guts|nerve|courage up",
             "left|leaving instructions for the|my cat|dog|dogs|pets|rabbit|kids|children",
             "{the last thing/the last things} i had|needed|need|have to sort|do",
             "'ve|have|ve finally? decided", "made|making my|the|all final? arrangements",
             "sorted|written|made|done my|a will", "will 's|is|s on the", "given|gave|giving away? the|my dog|cat|things|belongings", "i 've|have decided", "made my mind up",
             "made my peace", "sorted everything|it all out?",
             "got everything ready|sorted|planned",
             "got it planned", "loaded it|the|my|his gun|pistol|shotgun|rifle",
             "everything|things is|'s|s in order", "got my things|stuff|everything in order",
             "how many would|will|does it take",
             "put|putting|got|sorted my affairs in order", "my affairs are|'re in order",
             "chosen|picked the|a day|date :|,|.", "i|ah mean it",
             "all planned", "everything i need", "got what i need",
             "know what i 'm|am|m going to do", "going to do it", "planning it", "been planning",
             "got|have a plan", "written it all down",
             "given|gave|giving|give {all my/most of my/my own/my/all of my/away my/away all my}"
             " stuff|things|belongings|possessions|clothes|jewellery|rings|car",
             "sorted|sorting the|my {insurance/pension/affairs/life insurance}",
             "sorted|sorting the|my dog|dogs|cat|cats|pets out? with|for",
             "finding|found homes|home for my|the dog|dogs|cat|cats|pets", "who gets what|which", "who gets his|her|my|their stuff|things",
             "rent|bills|debts paid|sorted|cleared", "paid off my|her|his catalogue|debts|loan|loans|cards", "cupboards|wardrobes cleared|emptied", "i decided ."),
    "despair": ("$NT think {i 'll/ill/i will} last", "had enough", "nothing left", "lost everything", "like a ghost", "want|wanna to? go too", "no point", "no way out", "should have|'ve been me", "i should be dead|gone not|instead",
                "it 'd|d|would all be over",
                "hate $SELF", "i caused it", "done with everything",
                "best for everyone|everybody", "{not/n't/nt/havent/have n't} eaten in|for _ days",
                "$CANT feel anything", "$CANT stop shaking", "dark place", "not coping",
                "$CANT keep pretending", "$CANT go home|on without $LOVED", "past caring", "been looking|staring at it|them for an|hours|ages|hour", "'ll|ll|will be better off with her|him|them|my",
                "{wo n't/wo nt/wont/will not} see the end of",
                "just a ghost", "feels|feel far away", "feel funny",
                "on the edge", "' done '", "do n't|nt care what happens to me",
                "wants|want|wanted|wanna to go there too", "it 's|s|is|its just? too much now|anymore",
                "saying|said|says he|she|they want|wanted|wants to die"),
    "danger": ("drunk", "had _ pints|cans|vodkas", "hand|hands on|round|around my|her|his throat|neck",
               "{circling/jumping up at/jumping at/going for} the|a pram|buggy|cot|baby|toddler",
               "{not leaving/wo n't leave/wont leave/refusing to leave/refuses to leave} until",
               "threatening|threatened|attacking|attacked|assaulting the? crew|staff|paramedics|officers"
               "|police|nurses|doctors", "'ll|ll|will|ah'll|i'll swing for {her/him/them/' er/' im}",
               "following|followed|stalking @? my|her|his|their $CHILDREN", "have|has|'ve|been arrested|bailed", "off their|his|her heads|head",
               "screaming", "smashing", "massive bang",
               "men she|he|they does|do|did n't|nt|not know", "older man|men",
               "crying for hours|ages", "hours on end", "missing since", "gone missing",
               "$PEOPLE wo n't|nt let", "climbing on|over|up the|a railing|railings|balcony|ledge|window",
               "climbed|climbing over|onto|on the|a railing|railings|barrier|parapet|fence|edge",
               "met on|through snapchat|instagram|tiktok|facebook|discord|whatsapp", "been stabbed|shot",
               "met online", "meet him|her|them tonight", "passed out", "needle|needles",
               "by|near the railings|railing|edge", "throwing stuff|things|plates|chairs|furniture",
               "door 's|is|was|s locked", "registered sex offender", "intoxicated", "high -? risk missing",
               "punched|punching|smashed|kicked a|the wall|walls|door|window", "armed", "history of violence",
               "at immediate risk", "in immediate danger",
               "bottle|bottles of vodka|whisky|whiskey|gin|rum", "barricaded|barricading", "negotiator|negotiators", "dog|dogs attacking|mauling|biting|savaging", "hear|hearing them|him|her|kids|children crying|screaming|sobbing",
               "hear|hearing the baby|kids|children crying|screaming|sobbing",
               "shouting|screaming that he|she|they was|is|were|'s going|gon to",
               "mum|dad|mother|father|partner|stepdad|boyfriend|he|she is|'s the|a suspect"),
    "neglect": ("$NT|never been fed", "alone in|at the? flat|house|home|address|car",
                "no food", "asking for {food/bread/something to eat}",
                "home alone", "left {on their own/on his own/on her own/alone} in|at the house|flat|home",
                "on their own for days|hours",
                "outside @? @? @? @? in|at the? cold|dark|freezing|rain|snow",
                "only got|in|wearing a nappy", "its|it 's|s freezing"),
    "alone": ("no other adult|adults", "police|officers are|'re? searching|combing", "whereabouts are|is now|currently|still? unknown", "police|officers are|'re looking for her|him|them", "on her|his|my|their own", "no adult|adults present|there|home|in|at",
              "by herself|himself|myself",
              "{nobody/no one/noone} can get hold of",
              "{nobody/no one} seems? to be in|home|there", "$NT answering|answer",
              "wont answer", "offline", "going|gone|went straight to voicemail|answerphone", "wo n't|nt tell me where", "$CANT find her|him|them",
              "left the department", "ran|run out of? the house", "walked out",
              "phone is|'s|s off|dead", "$NT picking|pick up", "$NT in her|his|their room|bed",
              "has|have|did n't|nt|not come|came home", "hasnt|havent come|came home",
              "{nobody/no one/noone} answers|answering|answered",
              "stopped answering|replying|eating", "$NT|isnt|wasnt in school|college",
              "left the relatives '? room",
              "{has n't/hasnt/has not/not} been seen since|at", "$NT arrived at|in school",
              "has|have|'s n't|nt|not come|been out of his|her|their room|flat|bedroom"),
    "fear": ("i 'm|am|m|im scared|frightened|terrified|afraid", "is that|it|this dangerous|serious ?",
             "scared for", "lock|locked ourselves|the door", "hiding|hid in|under",
             "i 'm|am|m very|really|so? worried about|for mum|her|him|them|my",
             "i am|'m|m concerned", "concerned the|that", "had|have concerns about the|her|his",
             "please help", "someone help", "what do|should i do", "who do|should i call|ring",
             "{please someone/please somebody/someone please/somebody please} ring|call|help"),
    "history": ("history of self -? harm|overdose|overdoses|depression|suicide",
                "previous overdose|overdoses|attempts|attempt", "already tried once|before"),
    "child": ("{in the house/inside} with the|his|her|their @? child|son|daughter|boy|girl|baby|kids",
              "just? got|gone|getting into a|the|his|her car|van with",
              "drive|driving the|my kids|children|baby",
              "{sibling/siblings/twin/older child/other child/other children/younger brother"
              "/younger sister/older brother/older sister/child/baby/toddler} @? @? @? @? @? @? currently|still @?"
              " at|with|in|inside",
              "daughter|son|girl|boy|child has|'s|s? just? got|gone|getting in|into a|the|his|her car|van"),
    "medical": ("breathing funny|strange|weird|oddly", "$CANT wake her|him|them|mum|dad|mam up?",
                "bleeding {loads/heavily/badly/everywhere/lots/so much}",
                "poorly|unwell|ill now|too|again",
                "swallowed|swallow|eaten|ate|drunk|drank @? @? @? button? battery|batteries"
                "|magnet|magnets|bleach|antifreeze",
                "wo n't|nt|not wake up? properly?",
                "wont wake up? properly?", "breathing is|'s|s funny|strange|weird|odd|noisy"),
}

REASSURANCE = (
    "i 'm|am|m safe", "keeping myself safe", "$NT going to do anything", "$NT gon na do anything",
    # not "he always said the police wouldn't do anything"
    "!police|council|school|services|nobody|anyone|hospital|doctors|gp|they wo|would|will n't|nt|not|never do anything", "i know i will",
    "not asking for emergency|urgent", "{it 's/its/it is/this is/this 's/s} not an emergency", "got|have _ _? to think of|live for", "got help",
    "getting help", "$NT actually|really? in any? danger", "$NT currently|actually|now? at risk",
    "{not/never} doing|do anything about it", "{she/he/they} {'s/s/is/are/'re} safe {now/there/in hospital/on the ward/with}",
    "ended|resolved|concluded @? @? @? without injury|injuries|harm",
    "i 'm|am|m ok|okay|alright|fine ,? honestly|really|now|tonight|today", "things i did n't|nt mean",
    "i am|'m|m coping", "nothing immediate|urgent", "{i do n't/i dont/i do not} {now/anymore/any more/feel like that now/feel that way now}",
    "no|without active|current|immediate plan|plans|intent|intention",
    "{does n't/doesnt/does not/did n't/didnt/did not/do n't/dont/do not} mean {dying/suicide/it like that}",
    # risk already met by services, as a professional reports it
    "assessed as low|no risk", "{they 've/they have/they/team/team have/team has} said low risk",
    "no immediate|current|ongoing risk", "no concerns for his|her|their immediate? safety", "safe and well",
    "{has/had/have/with/reports/reported} no plans|plan|intent|intention",
    "{that 's/that is/is/are/what} {what/} keeps|keep me going", "must|have|need|got to? be strong for",
    "{has been/have been/was/were/been} seen|assessed by the|our|a crisis|liaison|perinatal|camhs|psychiatric"
    "|mental",
    "still here and doing|feeling? alright|ok|okay|fine|well|better",
    "{have/'ve got/ve got/got/'ve/ve} a safety plan",
    "{'s/s/is/are/'re/am/'m} on a safety plan",
    "{$NT going to/$NT gon na/never/wo n't/wont/will not} act on it|them|that|those",
)

_FILL = ("i|'m|am|m|'d|d|would|will|'ll|ll|wo|ever|going|gon|na|to|do|anything|something|that|be"
         "|been|have|having|had|any|intention|intentions|plan|plans|of|about|feel|feeling|felt"
         "|really|currently|at|all|actively|considering|such|like|doing|myself|risk|planning|think"
         "|he|she|they|'s|s|is|are|'re|shes|hes|said|says|mentioned|talked|was|were")
_HEAD = ("suicidal|suicide|kill|killing|hurt|hurting|harm|harming|end|ending|self|cut|cutting"
         "|take|taking|overdose|die|dying|jump|jumping|thoughts|thought|thinking|stupid|silly")
_WHEN = "at|for|during|when|while|whilst|before|until|till|tomorrow|today|on|as|via|online"
_LOGISTICS = f"{_WHEN}|by"

SAFE = (
    # denials: "I'm not suicidal", "I would never hurt myself", "no thoughts of ending it"
    f"$NT|never {_FILL}|{_HEAD}* {_HEAD}",
    f"no longer {_FILL}|experiencing|having|expressing|reporting|voicing* {_HEAD}|~suicidal",
    "no|zero|without|deny|denies|denied|denying current|active|real|serious|such|suicidal|any?"
    " thoughts|thought|intention|intentions|plans|plan|desire|wish|urge|urges|risk|feelings"
    f"|ideation of|about|to? {_HEAD}* ~myself?",
    "$NT want|wanna to die",
    f"asked|asking|ask|asks @? @? @? @? @? @? if|whether {_FILL}|{_HEAD}* {_HEAD}",
    # advice and conditions: "if a child is in immediate danger call 999"
    "if @? @? @? @? @? @? @? @? @? @? in immediate? danger",
    "if|about a|any child|children|someone|anyone @? at|in immediate risk|danger",
    "$NT @? @? @? @? in immediate? danger",
    "if you|anyone|someone are|'re|is|feel|feels|feeling|have|having ~suicidal|thoughts|thinking",
    # training and procedure: "what to do if a parent says they want to be with their child"
    "if|when|whenever a|the|any bereaved|grieving|young? parent|parents|mother|father|carer|carers|person|child|pupil|patient|family"
    "|relative|friend|kid|teenager|teen|student|client|someone|somebody|anyone says|say|tells|tell|told|mentions|discloses|disclose|expresses|states @ @? @? @? @? @?",
    "if you or someone|anyone @? @? @? @? @? @? @? @? thoughts|suicidal|crisis",
    # asking what to do should it ever happen: "if my sister ever said she was going to hurt herself"
    "if he|she|they|my|our|a|your $KIN|friend|partner|husband|wife|mum|dad|sister|brother? ever says|said|told|tells"
    "|mentions|mentioned @ @? @? @? @? @?",
    "if someone|somebody|anyone rings|calls|phones|texts|messages|writes and says|tells|said @ @? @? @? @? @?",
    # a chat or phone notice: "if you are in danger or worried about someone's safety right now, call 999"
    "if @? @? @? @? @? @? @? @? @? @? @? @? right now ,? call|ring|phone|dial|contact|text",
    "if you 're|are struggling|reaching|worried|feeling|finding @? @? @? @? @? @? right now",
    # a phone's stock reply: "I'm sorry, I can't answer right now. I'm at work"
    "i $CANT answer|talk|reply right? now?",
    # "the form won't let me leave it blank"
    "let me leave {it/this/that/the box/the field} blank|empty",
    "no|not|without|any worries|worry|concerns|concern|fears about|of|that him|her|them|he|she|they @?"
    " hurting|harming|hurt|harm|killing|kill himself|herself|themselves|themself",
    "study|studies|research|survey|project on|into|of|about suicidal|suicide|self",
    "if you|anyone|someone feel|feels|think|are @? @? $CANT go|carry|cope",
    # a parent asking whether the post-mortem will hurt their child
    "will|would|are|do|does|did|is|can|could|might|wo they|it|you _? _? hurt|harm|kill|feel",
    # ordinary uses of the same words
    "killing|kill $SELF '? with|over worry|worrying|stress|work|guilt",
    "$CANT live with $SELF if|unless",
    "would|'d|d kill|murder me|us if|when",
    "literally kill|murder me|us",
    "$CANT go|carry on in|with this|the|my job|role|work|post",
    # worn down by the process: "I can't go on like this with the forms", "... being kept in the dark"
    "$CANT go|carry on {like this with/like this waiting/being kept/waiting/with the waiting/with no answers}",
    "'d|d|would rather be dead than go|sit|going|sitting through",
    "'d|d|would rather be dead than face|do|have|attend another|that|this",
    # a teenager's "mum will kill me" is about a telling-off
    "mum|mam|mom|mums|mams|moms will|'ll|ll|'s|s|is? gon|going? na|to? kill me",
    "hurt|hurting|hurts|harm|harming her|his|my|their|your back|knee|knees|leg|legs|arm|arms|neck|shoulder|foot|feet"
    "|hand|hands|wrist|ankle|chances|feelings|case|career|reputation",
    "died|killed|found|struck|hit on|along|near|at the {hard shoulder/motorway/tracks/railway line"
    "/railway}",
    # text-speak jokes: "kms this traffic lol"
    "kms @? @? @? @? @? @? @? @? lol|lmao|haha|jk",
    "lol|lmao|haha kms",
    "'ll|ll|ill|will|gonna|gon na? kill $SELF @? @? @? lol|lmao|haha|jk",
    "had enough of !being|living|life|it|everything|everyone|this",
    "taken|took some|all|loads|lots of? time|leave|days|holiday|notes|photos|pictures|advice",
    "hitting|banging my|our|your head against|on",
    "hit|hits|hitting|banged|bumped his|her|my|their head|heads on|against",
    "in danger of",
    "$NT feel|feeling safe {in/at/being in} a|the|that room|meeting|same",
    "meant|supposed to be with him|her|them that|the day|night|morning|afternoon",
    # someday, not now: "a double plot so I can be with her one day, when I'm old and grey"
    "be with $LOVED again? one day|someday|eventually",
    # said to be understood: "I don't mean I want to die", "at the end of my rope with the letters"
    "$NT mean {i/that i} want|wanted to {die/be dead}",
    "end of my|his|her|their|our rope|tether",
    # "the fence he kept kicking his football over", "my mum would kill me", "I'm afraid the report is dull",
    # "she hit her head in a fall"
    "kick|kicks|kicking|kicked his|her|the|a ball|football",
    "mum|mam|mom|dad|parents would|'d kill me",
    "i 'm|am|m afraid that|it|not|so|we|this|there|the",
    "hit|banged|bumped his|her|their head in|when|after|as|during|falling",
    # a joke: "the kids are driving me up the wall, I'm gonna kill them lol"
    "kill|strangle|murder him|her|them|you|em|u lol|haha|hahaha|lmao|😂|🤣",
    # a voicemail's sign-off, not a farewell
    "{thanks/cheers/ta/thank you} ,|.|! bye",
    "{have n't/havent/have not/do n't/dont/do not/has n't/hasnt/does n't/doesnt} got|have any? plan|plans|intention"
    "|intentions|intent to @ @?",
    "say|saying goodbye and thank|thanks|thanking",
    "taken|took|removed|cleared|moved all? the|my|his|her|their? $TABLETS out|away",
    "telling|told|tell|saying|said|messaged|messaging|texting|texted him|her|them ,? that? {nobody/no one} would|'d|will miss",
    "be buried with $LOVED {one day/someday/eventually/when my time/when i die/when i go/when it 's my time}",
    "for {tea/dinner/supper/a meal} tonight",
    # a professional's question answered: "I asked her directly about thoughts of harming herself"
    "asked|asking|ask|asks @? @? @? about|regarding thoughts|feelings|plans of|about harming|hurting|killing"
    "|ending|harm|hurt|kill|end|taking|suicide|self",
    "be with him|her|them tonight|today|tomorrow? at|in the|his|her cemetery|grave|graveside|churchyard"
    "|crematorium|chapel|funeral|memorial|service",
    "$PLACE @? @? @? where we|he|she|they|i used|use to",
    "throw|throwing|jump|jumping $SELF off|in|into|under @? @? @? @? (? joking|kidding|jk|lol|haha",
    "want|wanna|wanting to? live in|at|near this|that|the|a|our|my? house|flat|area|town|street"
    "|home|place|city|village|country",
    f"go with $LOVED to|{_LOGISTICS}",
    "go|going|carry|carrying on a|the|that? holiday|holidays|trip|website|site|portal|course|call"
    "|line|leave|list|form|zoom|teams|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|date|day|meeting|training|placement|visit|ward",
    "take {any more/anymore} time|days|leave|weeks|holiday|calls",
    # "I'll be here tomorrow" is logistics; "I'm not going to be here tomorrow" is not.
    "!not|n't|nt|never|wont|to|na be|stay here|there|around at|during|when|while|whilst|before"
    "|until|till|tomorrow|today|on"
    "|next|this|from|between",
    "be|stay here|there|around in the|this|a",
    # "be with her by ten", not "I'll be with Dan by the time you read this"
    f"be with $LOVED {_WHEN}", "be with $LOVED by !the", "be with $LOVED by the !time",
    "be with $LOVED by the time !you|u|anyone|anybody|someone|somebody",
    "be with $LOVED in the|a",
    f"join $LOVED {_LOGISTICS}|next|this|later",
    "join $LOVED in the|a",
    f"see $LOVED {_LOGISTICS}|'s|in",
    "into the sea|water|river|lake|bay @? @? @? to scatter|paddle|lay",
    "jump|jumping through|at|ahead|the|back|straight|aboard",
    "jump|jumping {in on/in with/to conclusions/on a call/on the call/on a zoom/on teams}",
    "goodbye|goodbyes to $LOVED",
    "goodbye|goodbyes to !everyone|everybody|all|you|the|world|this|life|my",
    "goodbye|goodbyes to the $KIN|body",
    "goodbye for now",
    "{$NT/never} {get to/got to/able to/allowed to/} say|saying|said goodbye",
    "{chance to/chance of/opportunity to/able to/allowed to/had the chance to} say|saying goodbye",
    "suicide prevention|awareness|rates|rate|statistics|research|data|training|figures|bereavement"
    "|bereaved|loss|cases|deaths",
    # someone else's wake or sleep: "I didn't want to wake her", not "I don't want to wake up"
    "$NT want|wanting to wake him|her|them|the|everyone|anyone|you|us|my|his|her|their",
    # a funeral's balloons, a florist's "how hard it is to say goodbye"
    "let|letting go of @? @? balloons|balloon|lanterns|lantern|doves|butterflies|bubbles",
    "{hard/difficult/painful/tough} it {is/can be/'s/s} to say goodbye",
    # a service closed for the night, someone not picking up at work: "social worker not answering"
    "{team/office/service/line/chat/we} {is/are/'re/re/} {currently/} offline",
    "{social worker/office/surgery/switchboard/line/team/council/ward/gp/school/helpline} {is/'s/s/} {not/n't/nt}"
    " answering",
    # taking time to be with someone: "mum is off work all week to be with her"
    "week|weekend|day|days|leave|off to be with him|her|them",
    # "he'd strangle the next person who tells us everything happens for a reason"
    "strangle|kill|murder|throttle the next person|one|man|woman|bloke who|that",
    # "I'm gonna jump out the window if I have to do another training module"
    "jump|jumping out|off @? @? window if i|we|they have|'ve|ve|got to",
    # laughter beside it: "lmao i actually want to die this is so embarrassing", "i wanna die lol"
    "want|wanna to? die @? @? @? @? lol|lmao|haha|jk|😂|🤣",
    "lol|lmao|haha|😂|🤣 @? @? @? want|wanna to? die",
    "want|wanna to? die @? @? @? @? embarrassing|embarrassed|embarrassment|cringe",
    # lonely, not at risk: "I'm scared of being on my own that day"
    "scared|afraid|frightened|dreading|worried of|about being on my own|alone",
    # a professional asking where to turn: "who do I call tonight for SUDC?"
    "who do|should i|we call|ring|contact tonight|today|now? for|about|re",
)
