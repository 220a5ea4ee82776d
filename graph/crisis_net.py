"""The safety net under the crisis rules: plain words of suicide and self-harm never pass unnoticed.

The rules (graph/crisis_rules.py) weigh who speaks, what a word refers to and the context, and in
doing so they miss plain statements worded as no rule foresaw ("suicide keeps sounding like the
answer", "I want to off myself"). The net is deliberately coarse: a clause carrying strong words of
suicide, self-harm, lethality or a wish to be dead is a crisis, unless it is negated or about
someone else, or the whole message is told from a distance (a film, teaching, care work) or as a
recovery long past with nothing present again. Beside the strong words it holds indirect signs that
are a crisis on their own (a lethality question, means made ready, a farewell, a future given up,
harm to or from others), the same signs in wider wording that names the person ("there's no next
year for me", "when they find me"), and signs that are a crisis together in one message (means with a
blow, a word that they are meant, enough of them or no way back; affairs put in order with finality or
with a cover story told to family; calm after a decision; a weapon or a grievance with someone whose
address or routine the person knows). It only ever raises the level. Tables are per language, like
the rules'.
"""

from __future__ import annotations

import re

from graph.crisis_rules import LANGUAGES, needles_of, negated, read, voice_of

# English, on the rules' normalised text (lower case, no apostrophes, chat spellings rewritten).
_EN_STRONG = (
    r"\b(?:suicid\w*|self ?harm\w*|(?:kill|off|end|finish|hang|drown|poison|starve|cut|burn|hurt|harm|punish|shoot|"
    r"stab|yeet|bleed|suffocate|gas|delete|erase) my ?self|end (?:it|it all|things(?! with| between)|my life|our life|mine|everything|"
    r"my story|the pain for good)|take my (?:own )?life|(?:rather|better off|wish i was|wish i were|want to be|be) "
    r"(?:be )?dead|(?:take|taking|swallow\w*) (?:all|every\w*|the (?:lot|whole|rest)|\d\d+) (?:of )?(?:\w+ ){0,3}"
    r"(?:pills|tablets|meds|medication|capsules|painkillers|paracetamol|cabinet|cupboard|drawer)|(?:do it|doing it) "
    r"(?:tonight|today|tomorrow|this week)|(?:tonight|today|tomorrow) (?:ill|i will|im going to) do it|attempt\w* .{0,40}"
    r"(?:not this time|again|properly)|deserve (?:the|this) pain|(?:until|till) my \w+ (?:bleed|crack|split|bruise|break)\w*|"
    r"(?:want|wanna|wish|ready|going|plan\w*|waiting|longing|deserve) (?:\w+ )?to die|(?:want|wanna) (?:to )?kill me\b|"
    r"(?:dying|death|being dead) (?:sounds|seems|feels|looks|is|would be) (?:\w+ ){0,2}(?:peaceful|good|better|nice|relief|like "
    r"(?:the|a) (?:answer|relief|way out))|"
    r"(?:only|best|easiest) way out|overdos\w*|slit\w*|(?:(?:jump\w*|throw myself) (?:off|from|in front of)|(?:step|walk) "
    r"(?:off|in front of)) "
    r"(?:the|a|my)|(?:my|an) exit|checking out|check out (?:for good|permanently)|stop (?:existing|living|breathing)|"
    r"no more life|(?:never|not) (?:to )?wake up|wont (?:have to )?wake up|(?:that|so) i (?:dont|wont|never) wake up|(?:lethal|fatal|deadly) (?:dose|amount)|how many \w+ (?:\w+ )?(?:to|"
    r"would) (?:die|kill)|(?:to|would|can|could) (?:\w+ )?(?:definitely |actually )?(?:die|kill (?:you|someone|a person))|"
    r"do it tonight|(?:im|i am) (?:doing|going to do) it|(?:gonna|going to|want to|wanna|will|ill) cut (?:til|until|again|"
    r"deeper|myself)|(?:still )?bleeding (?:a lot|heavily|badly|so much)|wont stop bleeding|not (?:be )?(?:alive|here|around) (?:next|by|tomorrow|much "
    r"longer|anymore|for long))\b"
)
# Indirect signs that are a crisis on their own, each named for the reason it reports. Ordinary
# departures (a trip, a new job) set farewells aside; the rules' distance and recovery contexts apply
# to all of them.
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this week(?:end)?)"
_PERSON = (r"(?:he|she|they|dad|mum|mom|father|mother|husband|wife|partner|boyfriend|girlfriend|stepdad|stepmum|"
           r"stepfather|stepmother|brother|sister|uncle|aunt|carer|teacher|coach|son|daughter|ex)")
_EN_INDIRECT = {
    "lethality question": r"\bhow (?:many|much) (?:\w+ ){0,5}(?:is|are|would be|would|before|until|to be) (?:\w+ )?"
                          r"(?:too (?:many|much)|dangerous|lethal|fatal|deadly|enough to)|\b(?:which|what) heights? "
                          r"(?:\w+ ){0,3}survive|\b(?:how|what) (?:cold|deep|high|far|fast|long) .{0,50}\b(?:not (?:to )?"
                          r"make it|survive|drown|die|be found)\b|staring at the (?:dosage|dose|label)",
    # a past attempt and a next one, across sentences ("I attempted in March. I'm going to try again")
    "attempt again": r"\battempt\w*\b.{0,80}\b(?:try (?:it )?again|do it again|not this time|properly this time|"
                     r"get it right)",
    "means made ready": r"\b(?:hose|rope|charcoal|noose|gun|rifle|pills|tablets|paracetamol|insulin|blades?) "
                        r"(?:\w+ ){0,4}(?:ready|waiting|set up|hidden|so nobody would ask)|\bfrom (?:three|two|several|"
                        r"different) (?:different )?(?:shops|pharmacies|chemists)\b|\b(?:at|on) the (?:top|edge|ledge) "
                        r"of (?:the|a) (?:multi ?storey|car park|bridge|building|cliff|roof|tower)|\bsat (?:at|on) the edge\b|"
                        r"\bhow easy it would be\b|\b(?:pills|tablets|meds|medication|prescriptions?)\b.{0,80}\b(?:take|"
                        r"swallow)\w* (?:them|it) all\b|\b(?:cliffs?|bridge|roof|ledge|edge|tower|building|car park|"
                        r"platform|tracks) (?:\w+ ){0,3}to jump\b|\bthe water would be (?:so )?(?:peaceful|calm|easy)|\bsink and let go\b",
    "farewell": r"\b(?:(?:say|said|saying|write|wrote|writing|my|quiet|final) (?:(?!our )\w+ )?goodbyes?(?! to (?:my |the |our )?(?:old|last) )|goodbyes? (?:to "
                r"everyone|forever|for good)|farewell (?:to everyone|forever|note|letter)|wrote (?:\w+ )?letters? (?:to|for) (?:everyone|each|all)|letters? to everyone|"
                r"last (?:message|post|note|letter)s?|sealing them|quietly saying (?:bye|goodbye)|(?:bye|goodbye|goodnight|"
                r"farewell) (?:everyone|everybody|all of you|world)\b|this is goodbye(?! to)|(?:my )?affairs (?:are )?(?:now )?in "
                r"order|made (?:my|all my|the final) arrangements(?! for| to| with)|saying (?:bye|goodbye) to "
                r"(?:people|everyone)|the last thing (?:\w+ ){0,3}remembers?|who should get my (?:things|stuff)|for after\b|"
                r"(?:passwords|accounts|things) (?:\w+ ){0,4}for (?:my|when))",
    "no future": r"\bwont (?:need me|be (?:here|around)|see (?:another|next)|have to (?:deal with|worry about|look after) "
                 r"me)|\b(?:there|theres) (?:wont|will not) be (?:a |another )?(?:next|tomorrow|christmas)|\bnobody will "
                 r"(?:have to|need to) (?:deal with|worry about|put up with|look after|clean up)|\b(?:out of|wasnt in|not in) "
                 r"the picture|\b(?:sleep|cope|manage|live) better if i|\b(?:after|once|when) im gone\b|\binsurance would "
                 r"(?:cover|pay)|\bmade (?:my )?peace\b|\bi know how this ends\b|\bmake (?:it all|everything) stop\b|"
                 r"\b(?:itll|it will) all be (?:quiet|over|done)|\bwhats coming\b|\bwont drive home\b|\bready\. really\b|"
                 r"\bcant see past " + _DAYS + r"\b|\b(?:wont|will not|not going to|never going to) (?:be seeing|see|reach|"
                 r"make it to) (?:\d+|thirty|forty|twenty|my (?:\w+ )?birthday|christmas|next year|the summer)\b|"
                 r"\b(?:not going to|wont) be (?:here|there|around) (?:to|for|when|by|after|much)\b|\bnothing after " +
                 _DAYS + r"\b.{0,20}\bmatters?\b|\b(?:after|past) " + _DAYS + r" (?:none of|nothing)\b.{0,30}\b(?:matters?|"
                 r"my problem)\b|\b(?:not much|only a few more|just a few more|a few more) (?:longer|days|weeks)\b|"
                 r"\b(?:dont think|doubt) ill make it (?:to|till|until)\b|\bwont matter after\b|\b(?:itll|it will) be (?:over|"
                 r"done)\b|\bby " + _DAYS + r" (?:this|it) (?:is|will be|ll be) over\b|\b(?:days|weeks) of pretending\b|"
                 r"\b(?:wouldnt|wont|will not|would not) see another (?:one|birthday|year|christmas)\b",
    "harm to others": r"\bmake (?:\w+ ){1,2}pay\b|\bgoing to get hurt\b|\bdeserve what(?:s| is) coming|\bcould (?:seriously |"
                      r"really )?(?:hurt|kill) (?:my|him|her|them)|\bhow (?:id|i would|to) do it\b|\b(?:hammer|knife|gun|"
                      r"rifle|blade|bat) in my (?:bag|car|pocket)|\b(?:i have|ive got|i got) a (?:knife|gun|blade)\b|"
                      r"\bill be the one to\b",
    "harm from others": r"\b" + _PERSON + r" (?:\w+ )?(?:broke|hit|hits|slapped|slaps|kicked|kicks|punched|punches|choked|"
                        r"chokes|strangled|burned|beat|beats|pushed|shoved) (?:me|my|her|him|us)\b(?! at\b)|\bheld a knife to my|"
                        r"\bnobody would (?:ever )?find my body|\b(?:our|a) secret\b.{0,40}\bdoes things|\bdoes things i dont "
                        r"like|\b" + _PERSON + r" (?:says|said|told me) (?:\w+ ){0,3}(?:do worse|hurt me|kill me|find my body)|"
                        r"\bthreaten\w* (?:me|us) with (?:a|his|her|their) (?:knife|gun|blade|bat|hammer)|"
                        r"\b(?:im|i am) hiding (?:from|in)\b|\bscared of my (?:husband|wife|partner|dad|father|mum|mother|boyfriend|girlfriend|stepdad|stepmum)",
}
# Signs that are a crisis together, anywhere in one message in the person's voice: a means or a
# dangerous place with a blow or a loss, affairs put in order with finality, a calm decision, a weapon
# with a person it is meant for, a person who hurts or threatens. Each group is a small idea.
_C = {
    "means": r"\b(?:pills?|tablets|medication|meds|prescriptions?|painkillers|paracetamol|tylenol|insulin|charcoal|"
             r"hose|exhaust|rope|noose|gun|shotgun|rifle|blades?|razors?|the bridge|the roof|rooftop|top floor|"
             r"river|canal|the lake|the sea|cold water|the tide|viaduct|train times|the trains|sleeping pills|"
             r"sleeping tablets|zopiclone|antidepressants|insulin pens?|packs?|platform|yellow line|freight trains|"
             r"level crossing|the dam|headland|the drop|lay ?by|the woods|revolver|knots|wrists|the garage|the ocean|"
             r"the boat|whisky|vodka|level \d+|over the edge|the lock|dog lead|beam|service rifle|"
             r"sidearm|razor blades|the point|across the sand|the rail|buoy|life jacket|the rope|chair|"
             r"combination|roof door|access code|\w+ floor|stones|tide tables|high water|freight|"
             r"platform ticket|a bend|coast road|belt|charger cable|door handle|box cutter|gun safe|one round|pistol|"
             r"garden chemicals|bleach|antifreeze|warm bath|morphine|oxy\w*|fentanyl|opioids?|parking garage|pesticide|"
             r"closed garage|car running|razor|blades|petrol|cord|bannister|bullets|buoys|potassium|pentobarbital|"
             r"the gas|white spirit|lighter|tablet foils|blister packs|bathwater|seatbelt|gum tree|the tracks|"
             r"multi ?storey|car park|balcony|ledge|cliffs?|cliff top|pier|quarry|reservoir|railway|crossing|"
             r"tracks|last train|fast ones|motorway bridge|the edge|9th floor|\d+(?:st|nd|rd|th) floor)\b",
    "handling": r"\b(?:count\w*|collect\w*|saving|saved|stockpil\w*|keep(?:ing)? (?:it|them|opening|looking)|"
                r"look(?:ed|ing)? (?:up|at)|measur\w*|bought|buy|picked up|sitting|sat|standing|stood|walked to|"
                r"drove to|went to|wrote down|where the key|thinking about|keep thinking|shoebox|in one box|"
                r"one box|from (?:three|two|several) different|wouldnt sell|going back|got the|legs over|im (?:at|on)|"
                r"i am (?:at|on)|engine off|timing|letting the trains|looked at|held it|holding|practising|parked up|"
                r"staying too long|no barrier|closer to|door down|havent started it|taking it out|loaded it|tested it|"
                r"dragged|measuring|worked out|gathered|found the key|moved (?:\w+ ){0,3}into|carried|came today|found|"
                r"filled|left the car|checked|bought|practised|hanging|got them out|locked|ran a|mixed|poured|read up|"
                r"going once|going for a drive|looked it up|kept the|checking|driven past|run the bath|put the|tied|"
                r"holding it|sat there|swim out|keeping it|took (?:\w+ )?home|drew (?:some )?up|timed|asked the|"
                r"lit the|turned the|keep the|skipped|took everything|found where|know where)\b",
    "blow": r"\b(?:funeral|divorce|separation|redundan\w*|laid off|fired|sacked|lost (?:my|the|everything)|debt\w*|"
            r"bank (?:called|took)|eviction|evicted|court|hearing|lawyer|custody|breakup|broke up|left me|dumped|"
            r"humiliat\w*|laughed at|photos at school|in front of everyone|what (?:he|she|they) said|what happened|"
            r"rough (?:week|day)|bad week|worst (?:week|day)|cant face|results|diagnos\w*|since (?:the|my)|gone|"
            r"nobody|no one)\b",
    "affairs": r"\b(?:(?:gave|given|giving|give) (?:away|my|him|her|them)|rehom\w*|new home for|found a (?:new )?home|"
               r"take (?:her|him|them) permanently|passwords|handover|labelled|who gets what|keep my|can keep|"
               r"settled up|paid (?:off|back)|returning things|transferred|in (?:\w+ )?name|put every penny|"
               r"arranged for|instructions for|letters? (?:for|to) (?:each|everyone|all|my)|one for each|"
               r"recorded a video|deleting all|delete all|sold (?:it|my)|"
               r"thank(?:ing|ed)? (?:her|him|them|you|everyone)? ?for everything|quietly saying|saying bye|"
               r"(?:probably|maybe) (?:my |the )?last|my last (?:entry|message|post|visit)|one last time|"
               r"for the last time|one more time|pin|bank (?:card|details|stuff)|documents|beneficiary|wills|(?:write|make|made|wrote|updat\w*|sign\w*) (?:my |a )?will|"
               r"funeral plan|life insurance|insurance policy|pays out|signed (?:\w+ ){0,3}over|take the dog|gave back|"
               r"returned all|settled|all square|paid (?:up|it in full|in full)|charity shop|deleted|withdrew|"
               r"handed in my notice|my keys|scheduled (?:\w+ )?(?:emails|messages|posts)|instructions|who to call|"
               r"left a note|one outfit|one last|put (?:\w+ ){0,2}on everything|in advance|make sure my (?:cat|dog)|my share|"
               r"power of attorney|watering instructions|cat feeder|let (?:himself|herself|themselves) in|squared away|"
               r"nothing left hanging|envelope with|pre ?wrote|handovers|emptied my account)\b",
    "final": r"\b(?:before(?= \.|$)|after(?= \.|$)|afterwards|anyway|just in case|if something happens|where im going|"
             r"forever|permanently|wont (?:be|need|matter)|dont need|no use|nothing left|left hanging|will know what "
             r"to do|find them|doesnt know|didnt know why|no reason|feels? (?:right|lighter)|while i can|"
             r"need it more than me|starting sunday|this month|thanks for that|good start|"
             r"all ill need|not my problem|less of me|nobody finds|in time|wasnt coming back|no plans at all|for later|"
             r"when i decide|so (?:she|he|they) can sort|by then|so they understand|thats all|be around|who to call|"
             r"where (?:my|the) (?:documents|papers|will|passwords|bank stuff) (?:are|is)|one less thing for|felt right|"
             r"(?:isnt|wont be|not) left with|(?:nothing|anything) left for|whatever else (?:he|she|they) wants?|"
             r"wont need (?:to book )?any more|wont have a mess|mess to sort out|once ive|in case nobody|cover a funeral|"
             r"wont need (?:them|me|it)|for anyone|walking to the station now|"
             r"wont be (?:here|there|around)|(?:fine|okay|ok) with (?:mum|mom|dad|her|him|them))\b",
    "decision": r"\b(?:made the choice|mind is made up|the answer is settled|once you make the decision|its all been "
                r"decided|(?<!best )decisions? made|(?<!best )decision(?! ever| to (?:end (?:it|things) with|quit|leave|move|change|study|go))|decided(?! to| on)|its decided|stopped fighting|made up my mind|my mind is made|plan|arranged|end date|sorted|know how this "
                r"ends|know what im doing|the right night|no more fighting)\b",
    "calm": r"\b(?:relief|relieved|calm|peace|peaceful|lighter|quiet|relaxed|happy|easy|not sad|no point you|"
            r"dont worry|strangely|calm\w*|not scared|slept well|worrying is over|at peace|okay with that|"
            r"feels? right|(?:feels|seems|looks) like the (?:only )?answer|goes quiet|slept properly|feel better today)\b",
    "weapon": r"\b(?:gun|shotgun|rifle|knife|knives|hammer|petrol|bat|machete|axe|blade|something in the glovebox|"
              r"go in (?:his|her|their) drink|finishing it)\b",
    "target": r"\b(?:him|her|them|manager|boss|teachers?|school|classrooms?|neighbou?rs?|husband|wife|work|office|"
              r"accounts|darren|gym|centre|everyone at|they|he|she|his|their|face)\b",
    "intent to harm": r"\b(?:going to|gonna|will|ill|im going|thinking (?:about|of)|thought about|planning|plan|next time|"
                      r"on monday|on friday|mean it|sort it out|pay|deserve|know where|addresses|layout|humiliate|"
                      r"burning|going to do|get what|ruin|not going to just talk|stop laughing|planned it all|"
                      r"tonight|regret)\b",
    # what says a plain act hides its meaning: the reason given is not the real one
    "cover story": r"\b(?:said|told)\b.{0,60} \. (?:it isnt|its not|im not|it wasnt|i wasnt|thats not true)\b|\breal reason\b|\bno particular reason\b|\bthought it was weird\b|"
                   r"\bdoesnt get it\b|\b(?:she|he|they|nobody|no one) (?:dont|doesnt|does not) need to know\b|\bnobody knows why\b|\bits not for a bit\b|"
                   r"\bmeant more than they know\b|\beasier than telling\b|\bi just (?:nod|smile)\b|\bchanged my mind\b|"
                   r"\b(?:she|he|they|everyone) (?:just )?thinks? (?:im|i am) (?:doing )?(?:better|fine|okay|ok|being)\b|"
                   r"\b(?:wont|will not) (?:start )?(?:looking|come looking|wonder why)|\bno ?one comes looking\b|\bnobody "
                   r"(?:will|would) (?:\w+ ){0,2}(?:wonder|question it|think twice|notice)\b|\blocation off\b|\bleaving my "
                   r"phone (?:at home|behind)\b|\b(?:has|have) no idea why\b|\btheres no trip\b|\bits not for \w+\b|"
                   r"\bno cameras\b|\b(?:she|he|they) bought it\b|\beasier than (?:her|him|them) knowing\b|\bnot (?:to )?come "
                   r"looking\b|\bim not sick\b|\bits easier that way\b|\bthinks im just being\b|\bnobody wonders why\b",
    # someone known, a grievance and a plan: harm to others without a weapon named
    "target known": r"\b(?:list of (?:names|people|everyone)|(?:ive got|made|written) a list|where (?:they|he|she) "
                    r"(?:all )?lives?|shift pattern|which car is|watching (?:his|her|their) (?:house|flat)|walks home|"
                    r"(?:got|know) (?:his|her|their) address(?:es)?|going round there|to each of them|(?:school|office) layout|"
                    r"worked out when (?:hed|shed|theyd)|where (?:he|she|they) parks?|know the address|what time (?:he|she|they) "
                    r"leaves?|which way (?:he|she|they) walks?|(?:his|her|their) routine|which window|a key to (?:their|his|"
                    r"her) place|wait for (?:him|her|them) outside|(?:her|his|their) schedule|where (?:shell|hell|theyll) be|times "
                    r"(?:hes|shes|theyre) alone|which pint|brake lines|(?:his|her|their) new address|watched (?:his|her|their) "
                    r"house|\d+(?:st|nd|rd|th) period)\b",
    "grievance": r"\b(?:hate|ruined|laughed|screwed|made my life hell|jumped me|regret|what he did|what she did|shared "
                 r"the pics|bullied|humiliated|recorded me|failed me|dont deserve|poisoned|threatened|moved on with|turned "
                 r"them against me|hitting my|testified|doesnt get to)\b",
    "meant": r"\b(?:on purpose|not (?:to )?turn back|dont (?:really )?want to talk about why|havent told anyone|"
             r"decide when this stops|so they wouldnt notice|(?:now )?i have plenty|feel calm|where no ?one (?:ever )?"
             r"(?:walks|goes)|wont need to test|a bit closer|house empty|when im ready|havent decided yet|just "
             r"looking at them|good day for it|what i need|im just tired|thought it was one of her|nobody goes up|"
             r"no ?one would find me|staying late|the time ive picked|only has to work once|last thing ill ever|"
             r"not planning on|weirdly steady|going deeper|not coming out|the project is me|only need one|not for "
             r"protection|cant be reversed|taped up|if its enough|worked it out|doesnt look odd|no intention of "
             r"being around|this time|calm carrying|the edge working|not for (?:the |a )?\w+|theres no (?:tent|friend|trip)|"
             r"never fished|not planning (?:on|to)|tomorrow i (?:wont|will not|am not|m not)|i know what its for|for "
             r"tonight|worked out where|wont open the door|wanted someone to (?:know|read)|to say to someone before|"
             r"dont try to call me|looks soft|letting it happen|seatbelt off|not coming up|long enough|i checked|then its "
             r"finished|just sitting here|lay down|nobodys home|kids(?:s)? car seats out|on purpose)\b",
    "burden": r"\b(?:dead weight|a drain|a burden|cost (?:my|them|everyone)|weight (?:on|around)|taking up)\b",
    "reckoning": r"\b(?:done the maths|the maths|adds up|give (?:them|her|him) that|only part i can stop|kind(?:er|est) "
                 r"thing)\b",
    "nerve": r"\b(?:working up to it|chickening out|build(?:ing)? up the (?:courage|nerve))\b",
    "alone now": r"\b(?:house to myself|house (?:to be )?empty|on my own tonight|nobody (?:is )?home|everyone(?:s| is) "
                 r"out)\b",
    "enough": r"\b(?:have|had|got|at) (?:enough|the number i need)\b|\bnearly at the number\b|\bkeeping them all\b|"
              r"\bbiggest pack\b|\bone more pack\b|\bused them all\b|\b(?:been )?saving (?:up )?(?:my|them)\b|\bfor one "
              r"night\b",
    "no return": r"\bnot (?:planning on |going to )?(?:walking|coming|going) back\b|\bnot come back\b|\bkeep walking\b|"
                 r"\bwont be checking out\b|\bwont put it back\b|\bone ?way ticket\b|\bno way back\b",
    "giving up": r"\b(?:dont|do not|wont) have to keep (?:fighting|going|trying)|\bstop(?:ped)? fighting|\bno more "
                 r"fighting|\btired of fighting\b",
    "abuse": r"\bdoes things to me\b|\bgrabbed my (?:hair|throat|neck|arm)|\bslammed my (?:head|face)|"
             r"\b(?:takes|took) my (?:phone|bank card|money|pension|passport)|\bhand over my (?:pension|money|wages)|"
             r"\bbruises\b|\bscared to (?:say|tell|go home)|\bif i tell\b|\bwont believe me|\bfind me wherever|"
             r"\breads all my messages|\bshouts at (?:her|him|me)",
}
_EN_TOGETHER = (
    ("means and distress", ("means", "handling", "blow")),
    ("affairs in order", ("affairs", "final")),
    ("calm after a decision", ("decision", "calm")),
    ("harm to others", ("weapon", "target", "intent to harm")),
    ("harm from others", ("abuse",)),
    ("affairs in order", ("affairs", "cover story")),
    ("affairs in order", ("final", "cover story")),
    ("harm to others", ("target known", "grievance")),
    ("means and calm", ("means", "handling", "calm")),
    ("means made ready", ("means", "handling", "alone now")),
    ("means and giving up", ("means", "giving up")),
    ("means made ready", ("means", "enough")),
    ("means and nerve", ("means", "nerve")),
    ("being a burden", ("burden", "reckoning")),
    ("means made ready", ("means", "handling", "meant")),
    ("means and no return", ("means", "no return")),
    ("means and a cover story", ("means", "cover story")),
    ("harm to others", ("weapon", "target known")),
)
# Indirect signs in wider wording that names the person and that no trip or new job explains ("there's
# no next year for me", "see you on the other side"): a future with no place for the person, a
# farewell, being a burden, a means said not to be for its ordinary use, a threat at home now. They
# hold whoever else the message names; negation, a distance or a recovery long past still set them aside.
_EN_SPOKEN = {
    "no future": r"\bno (?:next (?:year|month|week)|future|later|tomorrow)s? (?:for|with) (?:me|us)\b|\b(?:there isnt|"
                 r"there is not|theres not|there wont be|isnt going to be|there(?:s| is) not going to be) (?:one|a future|"
                 r"any future|a later|a next (?:year|month|week)|another (?:year|christmas|birthday))\b(?! (?:in|at|on) )|"
                 r"\bno version of (?:next year|the future|tomorrow|\w+) (?:that has|with) me\b|\bpeople who have a "
                 r"(?:later|future)\b|\boutlive me\b|\b(?:its|it is) (?:nearly|almost) over\b|\bwe can stop pretending\b|"
                 r"\bnot going to use (?:it |much )?(?:much )?longer\b|\b(?:itll|it will) be quicker than\b|"
                 r"\bsleep through everything for good\b|\bthe last time (?:ill|i will) (?:have to )?feel\b|\b(?:wont|will not|not going to) be needing (?:you|"
                 r"it|them|my|any)\b|\b(?:after that|by then) (?:its|it is|itll|it will) (?:not my problem|all be done)\b"
                 r"|\bthats my window\b|"
                 r"\bnot one day more\b|\bgiven myself until\b|\bpicked the date\b|\bdont plan on being around\b|\bwont "
                 r"need a new (?:place|flat|house|job)\b|\bstop trying for good\b|\bno return date\b|\bdont have to hold on "
                 r"after\b|\bnothing left i have to be here for\b|\bafter that my job is (?:finished|done)\b|\bwont be needing "
                 r"a (?:place|flat|house)\b|\bi go with (?:her|him)\b|\bcountdown is my countdown\b|\bwont be seeing the\b|"
                 r"\bdecided what comes next\b|\bone more payday\b|\bwont be sleeping in it\b|\bonce im not here\b|"
                 r"\bno intention of being around\b|\bwont be coming back in\b|\b(?:after|when|once) (?:im|i am) (?:gone|not "
                 r"(?:there|here|around))\b(?! (?:for|on|at|this|next|because))|\bnot one where im still around\b|\bwont be "
                 r"here to deal with\b|\bnot around to\b|\bthere is no after\b|\bpicked the day\b|\bready to stop\b|"
                 r"\bknowing the date\b|\b(?:wont|will not) be (?:at|there for) it\b|\bfor whoever comes to clear\b|"
                 r"\bnothing (?:left )?stopping me\b|\bthen i can finally stop\b|\bthe day ill go to (?:her|him)\b|\bchosen "
                 r"the \d+(?:st|nd|rd|th)?\b|\bwont be an after\b|\bfinal time (?:shell|hell|theyll) (?:ever )?have to\b|"
                 r"\btakes all the weight off\b|\ba date and a place\b|\bwont need a ticket\b|\b(?:tomorrow|tonight) "
                 r"(?:morning )?its done\b|\bskipped my insulin\b.{0,30}\bon purpose\b|\bso (?:she|he|they) cant talk me "
                 r"out\b|\bdont come looking\b|\bhow it (?:finish|ends?) and when\b|\bfitting day to (?:go and )?join\b|\b(?:found|"
                 r"know) my way out\b|\bover soon\b.{0,30}\b(?:okay|ok|fine|calm)\b|\bno point treating\b|\bwant it to be "
                 r"over (?:quick|fast)\b|\bthe last (?:promise im keeping|thing i do|tired night)\b|\bdecided its the "
                 r"last one\b|\bnobody knows what the number means\b|\bplanned for when\b|\bbow out\b",
    "farewell": r"\b(?:nobody|no one|you|they) (?:will|wont|(?:is|are) going to) (?:ever )?(?:hear from|see) me "
                r"again\b(?! for| until| till| before| after| when| in| at| on)|"
                r"\bsee you on the other "
                r"side\b|\bthank(?:s| you) for (?:getting me this far|all these (?:months|years)|listening all)\b|"
                r"\bthis is where (?:we|i) stop\b|\bmy last (?:check ?in|message|post|entry|session)\b|\bthe last time "
                r"(?:shell|hell|theyll|youll|she will|he will|they will|you will) (?:\w+ )?(?:see|hear from) me\b|"
                r"\b(?:how|what) (?:shell|hell|theyll|they will|she will|he will|people will|everyone will) remember "
                r"(?:me|about me)\b|\bremember the good me\b|\b(?:told|texted|telling|messaged|tell) (?:everyone|everybody|"
                r"the people|them all) (?:\w+ ){0,3}(?:i|that i) love (?:them|you)\b|\bend on that\b|\bfor real this time\b|"
                r"\b(?:i|ive|i have|i just) (?:finished|left) (?:\w+ ){0,2}(?:the|my) (?:note|letter)\b|\b(?:dont|wont|"
                r"doesnt|when (?:they|she|he|you)) (?:find|read) (?:the|my) (?:note|letter)\b|\bfor when (?:theyre|they are|hes|shes) older\b|\bunderstand after\b|\bhope (?:they|she|he|you)"
                r"(?: can| will| ll)? forgive me\b|\blook after (?:mum|mom|dad|her|him|them|the kids) for me\b|\btold "
                r"(?:him|her|them) to look after\b|\byou can rest now\b|\blast thing on the list\b|\bsigning off\b(?! (?:for|on|at))|\bnot meant to see "
                r"(?:them|it) until after\b|\bthe last one (?:shell|hell|theyll) get\b|\bhow they remember me\b|\bon my way "
                r"out\b|\bnothing keeping me here\b|\bloose ends\b|\bforgive me\b.{0,60}\b(?:find|found)\b|\b(?:when|if) (?:he|she|they|someone|somebody|you) "
                r"finds? me\b|\b(?:person|one) finding me\b|\bwhoever (?:comes in|finds)\b|\bcome in with the police\b|"
                r"\bif you (?:ever )?(?:find|read|see) this\b|\bthe last time (?:ill|i will) (?:bother|burden|trouble|"
                r"annoy)\b|\bthe last thing (?:shell|hell|theyll|youll|\w+ will) (?:get|hear|have) from me\b|\b(?:arrive|"
                r"land|go out) after(?:wards)?(?: \.|$)|\b(?:wrote|writing|write) my (?:own )?(?:obituary|eulogy)\b|"
                r"\b(?:check on|look after) (?:\w+ ){1,3}after (?:tomorrow|tonight|today|im gone)\b|\bby the time "
                r"(?:they|she|he|you) (?:read|see|get|find|open)\w*|\bnone of this is on (?:her|him|you|them)\b|\bnobody has "
                r"noticed what it means\b|\bthe final one is on the\b|\bsomething nice to hold afterwards\b|\bnice way to "
                r"finish up\b|\b(?:read|open|find) (?:\w+ ){0,2}after(?:wards)?(?: \.|$| im gone)|\b(?:look|be) (?:nice|tidy|"
                r"clean) when (?:they|someone) (?:come|comes|find)\b|\bright last thing\b|\bfor her to read after\b",
    "being a burden": r"\b(?:better|easier|calmer|relieved|richer|freer|lighter|quieter|nicer|happier|kinder|simpler|"
                      r"safer) (?:\w+ ){0,8}?(?:without me(?! (?:at|on|for|there|this|tonight)\b)|if (?:i|im) (?:was |were |"
                      r"wasnt |werent )?(?:gone|here|around|dead|in the picture|out of the picture)|when (?:were|im|we are|"
                      r"i am) (?:not around|gone)|with nobody than (?:with )?me|out of the (?:equation|picture))|\b(?:if (?:i|"
                      r"im) (?:was|were) gone|if i wasnt here|without me)\b.{0,60}\b(?:easier|better|afford|fix|freer|free|"
                      r"calmer|richer|relieved|own life|only need)\b|\bkind(?:est|er)\b.{0,40}\b(?:not be here|im gone|i was "
                      r"gone|i wasnt here)\b|\bgiv(?:e|ing) them their lives back\b|\bone less (?:of me|mouth)\b|\bremove the "
                      r"problem\b|\btake me out of the (?:equation|picture)\b|\b(?:me being alive|im just) (?:is )?taking up "
                      r"space\b|\bset(?:ting)? (?:him|her|them) free\b|\blet them float\b|\bnot going to be the reason "
                      r"(?:\w+ ){0,5}(?:much longer|anymore|any more)\b|\b(?:miss me|be sad) for a (?:week|bit|while)\b|"
                      r"\bstop being (?:her|his|their|a|everyones) (?:job|burden|problem)\b|\bless stressed if i wasnt around\b|"
                      r"\bslipped away quietly\b|\bif i (?:just )?stopped existing\b|\bclean slate without me\b|\bstop being their emergency\b|\btake that weight away\b|\bworth more (?:\w+ ){0,3}"
                      r"gone than\b|\bbetter off grieving\b|\beasier the day im not in it\b|\bif i wasnt around (?:\w+ ){0,3}"
                      r"(?:wouldnt|would not) (?:need|have) to\b|\bsave them the bother\b|\binsurance would do more\b|\bwhat theyd save on "
                      r"me\b|\bone more thing they have to carry\b|\bsoon they wont have to\b|\bstop taking up space\b|"
                      r"\bbetter they think i had an accident\b|\bnever (?:has|have) to deal with me "
                      r"again\b|\b(?:take|taking) myself off (?:their|his|her|your) hands\b|\bwont (?:have|need) to (?:\w+ ){1,2}"
                      r"(?:about|with|for|round|around) me (?:anymore|any more|again)\b|\b(?:easier|better|calmer|lighter)\b"
                      r".{0,30}\bif (?:i|im) (?:just )?(?:stopped|wasnt|werent|disappeared|vanished)\b|\b(?:wouldnt|never|not) "
                      r"have to (?:\w+ ){1,3}(?:anymore |any more )?if (?:i|im) (?:wasnt|werent|was gone|wasnt here)\b|\b(?:easier|better|lighter|"
                      r"calmer|happier)\b.{0,30}\b(?:the day|once|when|after) (?:im|i am|were|we are) (?:gone|not around|"
                      r"not here)\b|\bwont need me (?:around )?(?:much longer|for long|soon)\b|\bdeserves? (?:better than "
                      r"what(?:s| is) coming|someone who(?:ll| will)? be around)\b|"
                      r"\bown li(?:fe|ves) (?:back )?(?:if|when|once) (?:i|im) (?:was |were )?gone\b|\b(?:how )?light(?:er)? "
                      r"(?:\w+ ){0,3}(?:when|once|if) (?:were|im|we are|i am) (?:not around|gone)\b|\b(?:me being alive|im|"
                      r"i am|me) (?:is )?(?:just )?taking up space\b",
    "means with intent": r"\b(?:pills|tablets|meds|medication|lithium|insulin|knife|rope|charcoal|tape|hose|beam|"
                         r"whisky|vodka)\b(?: \w+){0,3}\W+not (?:even )?for (?:a |the )?(?:bbq|barbecue|cooking|climbing|camping|"
                         r"the garden|work|fishing|diy)\b|\b(?:mix\w*|take|taking|swallow\w*) all (?:of )?my (?:meds|pills|"
                         r"tablets|medication)\b|\bhow (?:high|tall|deep|far) (?:\w+ ){0,5}(?:need to be|certain|for sure)\b|"
                         r"\bhold my weight\b|\bsomewhere high and quiet\b|\bwhere the trains dont slow\b|\bstockpil\w* my\b|"
                         r"\b(?:its|is) for later\b|\b(?:got|have) enough (?:of )?(?:my |the )?(?:\w+ ){0,2}(?:pills|tablets|"
                         r"meds)\b|\bmore than enough\b.{0,30}\b(?:all i|thats all)\b",
    "harm from others": r"\b(?:hes|shes|he is|she is) (?:outside|at the door|banging)\b.{0,60}\b(?:petrol|knife|gun|"
                        r"lighter|kill|hurt)\b|\b(?:hell|shell|he will|she will) (?:end|kill|hurt) (?:her|him|me|us)\b|"
                        r"\b(?:his|her) hands on (?:my|her|him)\b|\bhiding (?:upstairs|under|in the|in my|from)\b|\b(?:hell|shell|he will|"
                        r"she will|theyll) make sure (?:i|we) (?:dont|never) wake up\b|\blocked (?:myself )?in the (?:bathroom|"
                        r"bedroom|toilet)\b|\bsort me out properly\b|\b(?:knife|gun|petrol|kill me|hurt me)\b.{0,100}\b(?:hes|"
                        r"shes|he is|she is) (?:outside|at the door|banging)\b|\b(?:kitchen|bread) knife out\b|\bholding (?:the|a) (?:\w+ )?"
                        r"knife\b|\binside the wardrobe\b|\bdoors locked\b|\bhear (?:him|her) coming\b|\b(?:hell|shell) hurt the "
                        r"baby\b|\bdont feel safe (?:here )?(?:right )?now\b|\bfist through\b|\b(?:punching|kicking|banging on) the "
                        r"(?:\w+ )?door\b|\bif (?:he|she|they) gets? in im dead\b|\bpinned me against\b|\blocked myself in\b|"
                        r"\bim inside with my phone\b|\bbetween me and the (?:\w+ )?door\b|\btyping this (?:under|from|in)\b|"
                        r"\bif (?:he|she) finds us\b|\bgun out\b|\bscared to move\b|\bgot past the restraining order\b|"
                        r"\bhear (?:him|her) on the stairs\b|\b(?:has|got) a knife and (?:hes|shes) (?:standing )?outside\b",
    "harm to others": r"\b(?:going to|gonna|will|shall) get what(?:s| is) coming\b|\bnot going to just talk\b|\bdoesnt "
                      r"feel like imagining\b|\bdone (?:just )?talking about it\b|\bmaking sure (?:he|she|they) (?:doesnt|dont|never) "
                      r"wake up\b|\bnot walking away from it\b|\bfeel what i feel\b|\bbringing my (?:\w+ )?gun\b|\bcode to the "
                      r"safe\b|\bpillow over (?:\w+ ){0,2}face\b|\bpractising the run ?up\b|\bnot bringing (?:him|her|them) "
                      r"back\b|\bsomething in (?:her|his|their) (?:tea|drink|"
                      r"food|coffee)\b|\bcant be traced\b|\b(?:could|will|can) just not brake\b|\bhad it coming\b|\bstopping "
                      r"(?:him|her|them) for good\b|\bsharpened the (?:\w+ )?knife\b|\ba surprise for the whole\b|\b(?:im|i am) (?:going to|gonna) (?:hurt|"
                      r"stab|hit|kill) (?:her|him|them)\b(?!s? feelings| lol)",
    "means made ready": r"\bcharcoal\b.{0,40}\btape\b|\btape\b.{0,40}\bcharcoal\b|\bhose\b.{0,60}\bexhaust\b|\bexhaust\b"
                        r".{0,60}\bhose\b|\bfor when i decide\b|\bwhen the (?:fast|express) (?:ones|trains?) (?:go|come|pass)|"
                        r"\bwent to (?:two|three|four|several) (?:different|other) (?:ones|pharmacies|shops|chemists)\b|"
                        r"\bwait for the right night\b|\blooking at my wrists\b",
}
_VOICED = frozenset({"farewell", "no future", "harm to others"})  # about the person: "she won't be around" is not


class AnyOf:
    """A long alternation, skipped at once when the text holds none of the literals every match would
    need (found as graph/crisis_rules.py finds them, with no cap on how many): most of the net cannot
    match a given text."""

    def __init__(self, pattern: str):
        self.rx = re.compile(pattern)
        self.needles = tuple(needles_of(pattern, limit=100_000))

    def _may_match(self, text: str) -> bool:
        return not self.needles or any(map(text.__contains__, self.needles))

    def finditer(self, text: str):
        return self.rx.finditer(text) if self._may_match(text) else ()

    def search(self, text: str) -> re.Match | None:
        return self.rx.search(text) if self._may_match(text) else None


STRONG: dict[str, AnyOf] = {"en": AnyOf(_EN_STRONG)}
INDIRECT: dict[str, dict[str, AnyOf]] = {"en": {reason: AnyOf(p) for reason, p in _EN_INDIRECT.items()}}
SPOKEN: dict[str, dict[str, AnyOf]] = {"en": {reason: AnyOf(p) for reason, p in _EN_SPOKEN.items()}}
CONCEPTS: dict[str, dict[str, AnyOf]] = {"en": {name: AnyOf(p) for name, p in _C.items()}}
TOGETHER: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {"en": _EN_TOGETHER}
_SELF = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself)\b")  # signs together count only in the person's voice,
# named or implied by a message that opens without a subject


def _net(text: str, code: str) -> list[str]:
    lex, strong, indirect = LANGUAGES[code], STRONG[code], INDIRECT[code]
    reading = read(text, lex)
    clauses, context = reading.clauses, reading.context
    if "distance" in context or ("recovery" in context and "present risk" not in context):
        return []
    found = []
    for clause in clauses if "subject of study" not in context else ():
        for m in strong.finditer(clause):
            before = clause[:m.start()]
            if "leisure" in context and m.group().startswith("jump"):
                continue  # bungee, cliff diving, a diving board
            if {"hyperbole", "trivial"} <= context and m.group().endswith("die"):
                continue  # "I'm going to die if I have to read another page"
            # "you" is a generic you or the inner self spoken to, never someone else at a distance
            voice = voice_of(before + " " + m.group().split(" ", 1)[0], lex, caution=True)
            if not negated(before, lex) and voice != "other":
                found.append("strong words")
                break
    literal = " . ".join(clauses)
    for reason, pattern in indirect.items():
        if reason in ("farewell", "no future") and context & {"ordinary departure", "benign reason"}:
            continue
        m = pattern.search(literal)
        if not m or negated(literal[:m.start()], lex):
            continue
        if reason in _VOICED and voice_of(literal[:m.start()] + " " + m.group().split(" ", 1)[0], lex) == "other":
            continue
        found.append(reason)
    for reason, pattern in SPOKEN[code].items():
        if pattern.search(literal):  # worded whole, their own negation included ("there's no next year for me")
            found.append(reason)
    if _SELF.search(literal) or literal.split(" ", 1)[0] not in lex.other:  # "sat at the pier" is the person too
        concepts, seen = CONCEPTS[code], {}

        def has(group: str) -> bool:  # each concept is looked for once, however many combinations name it
            if group not in seen:
                seen[group] = concepts[group].search(literal) is not None
            return seen[group]

        for reason, groups in TOGETHER[code]:
            if all(map(has, groups)) and not (
                    reason == "affairs in order" and context & {"benign reason", "ordinary departure"}
                    and not has("cover story")
                    or reason.startswith("means") and "leisure" in context):
                found.append(reason)
    return list(dict.fromkeys(found))


def net_reasons(text: str) -> list[str]:
    """Why the net holds the text (empty if it passes)."""
    return list(dict.fromkeys(r for code in STRONG for r in _net(text, code)))
