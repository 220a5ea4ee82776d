"""The English tables of the crisis screen (graph/crisis_rules.py compiles and runs them).

All patterns run on lower-cased text with apostrophes removed ("i'm" -> "im"). Another language adds
a module like this one and an entry in crisis_rules.LANGUAGES.
"""

from __future__ import annotations


def _any(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


# ---------------------------------------------------------------------------------------------
# English. All patterns run on lower-cased text with apostrophes removed ("i'm" -> "im").
# ---------------------------------------------------------------------------------------------

# Chat spellings, typos and euphemisms, rewritten to plain words before anything else.
_EN_SPELLINGS = [
    (r"\bunaliv(?:e|ing)(?: (?:my ?self|me))?\b", "kill myself"),
    (r"\bunalived\b", "killed"),
    (r"\b(?:kms|ctb)\b", "kill myself"),
    (r"\bkys\b", "kill yourself"),
    (r"\b(?:sewer ?slide|su[i1]c[i1]de|suicde|sucide|sui)\b", "suicide"),
    (r"\bsuicid(?:le|al+)\b", "suicidal"),
    (r"\bself[- ]?h[a4]rm", "self harm"),
    (r"\bmy self\b|\bmysel\b|\bmyslef\b|\bmysef\b", "myself"),
    # dropped g: "thinkin bout killin myself"
    (r"\b(think|kill|end|cutt|go|do|hurt|burn|feel|jump|hang|plann|try|tak|dy|liv|say|leav|gett|want|need|start)in\b",
     r"\1ing"),
    (r"\bbout\b", "about"),
    (r"\bk[i1]ll\b", "kill"),
    (r"\b(?:tonght|tonite|tonigt|tonihgt|2nite|2night|tnight)\b", "tonight"),
    (r"\b(?:tmrw|tmr|tmrow|tomoz|2moro|2morrow|tommorow|tomorow)\b", "tomorrow"),
    (r"\b(?:wanna|wana)\b", "want to"),
    (r"\b(?:gonna|gunna|gna)\b", "going to"),
    (r"\b(?:imma|ima|im going to|i am going to|i am gonna)\b", "im going to"),
    (r"\b(?:gotta)\b", "got to"),
    (r"\btryna\b", "trying to"),
    (r"\bi am\b", "im"),
    (r"\bi will\b", "ill"),
    (r"\bi would\b", "id"),
    (r"\b(?:do not|dnt)\b", "dont"),
    (r"\b(?:can not|cannot)\b", "cant"),
    (r"\bwill not\b", "wont"),
    (r"\b(?:wud)\b", "would"),
    (r"\b(?:cud)\b", "could"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\b(?:pls|plz)\b", "please"),
    (r"\bbc\b|\bcuz\b|\bcoz\b", "because"),
    (r"\bod(?:ing|d?ed)?\b", "overdose"),
    (r"\bmeds\b", "medication"),
    (r"\brn\b", "right now"),
    (r"&", " and "),
    (r"(?<=[a-z])-(?=[a-z])", " "),  # co-codamol, one-way
    (r"\b(want to|going to|just|to) dye\b(?! (?:my|your|her|his|it|the|them|a)\b)", r"\1 die"),
    (r"^worry ?:", "worry is"),  # the app's "Worry: ..." prefix reads as a sentence
    # laughter marks a joke; the skull emoji is "I'm dead (laughing)"
    (r"[\U0001F602\U0001F923\U0001F606\U0001F639\U0001F480\u2620]", " lol "),
]

# Figures of speech: removed before the screen looks for signals. Each keeps its literal twin
# screenable ("killing me" is removed; "he is going to kill me" is not).
_EN_FIGURATIVE = _any(
    r"\bkill(?:ing|s) me\b(?<!hes killing me)(?<!shes killing me)(?<!theyre killing me)",  # this commute is killing me
    r"\b(?:will|would|is going to|are going to) kill me (?:if|when|for)\b",  # my boss will kill me if I'm late
    r"\b(?:kill|kills|killed|killing) (?:it|time|the (?:heat|process|lights|engine|mood|vibe|music|weeds?|bugs?|boss|"
    r"final boss|app|task|server|game)|some time|germs|weeds|bacteria)\b",
    r"\b(?:nearly|almost|literally|actually) (?:killed|died)\b",
    # a prediction or a threat with a laugh at once: "I'm gonna die lol", "going to kill him lol" (not a wish:
    # "i want to die lol" stays screenable)
    r"\b(?:im|i am) going to (?:die|kill (?:him|her|them)) lol\b",
    r"\b(?:could|would) (?:murder|kill) (?:a|for|some)\b(?! (?:person|human|man|woman|child|kid|baby|adult|dog|cat)\b)",
    r"\bmurder (?:mystery|a)\b",  # I could murder a pizza
    r"\bdying (?:to|for|of (?:embarrassment|laughter|boredom|thirst|hunger|curiosity|shame|cringe))\b",
    r"\b(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|laughter|laughing|boredom|shame|cringe|jealousy)\b",
    r"\b(?:died|dying|dead|die) laughing\b", r"\bto die for\b", r"\bdie on stage\b",
    r"\bcrawl into a hole and die\b", r"\bfeel(?:s|ing)? like (?:im|i am|i was) dying\b",
    r"\b(?:embarrass\w*|awkward|cringe\w*|mortified|humiliat\w*)\b(?: \w+){0,4} (?:wanted|want|could have|"
    r"couldve) (?:to )?die\b",
    # "I'd rather die than sing karaoke", but not "rather be dead than carry on like this"
    r"\b(?:id|would|i) (?:rather|sooner) (?:die|be dead) than\b(?! (?:carry on|live|go on|keep going|feel|be (?:here|"
    r"alive)|continue|do this|face|wake up)\b)",
    r"\bdead (?:tired|easy|on|serious|right|funny|good|bored|jealous|ringer|beat|to the world|on my feet)\b",
    r"\bdrop[- ]?dead\b", r"\b(?:be )?the death of me\b", r"\bim dead lol\b", r"\bim dead\b(?= lol)",
    r"\b(?:phone|battery|laptop|wifi|car|plant|basil|router|internet|tv|line|signal|conversation|party)s? (?:is |was |"
    r"has |just |s )?(?:about to |going to |nearly |almost )?(?:dead|died|die|dying)\b",
    r"\bkiller\b", r"\bslaughtered\b", r"\bstabbed me (?:right )?in the (?:heart|back)\b",
    r"\bshot my shot\b", r"\bshoot(?:ing)? (?:hoops|photos|pictures|a video|the breeze)\b",
    r"\bdrowning in (?:paperwork|work|emails|admin|laundry|homework|debt|assignments|deadlines)\b",
    r"\boverdos\w* (?:of|on) (?:sugar|caffeine|coffee|chocolate|netflix|tv|carbs|cake|sweets|sun|vitamin \w+|"
    r"cuteness|christmas)\b",
    r"\bcut(?:ting)? myself (?:some |a little )?(?:slack|a break|off|a (?:slice|piece)|free)\b",
    r"\bburn(?:t|ed|ing)? myself out\b", r"\bbeat(?:ing)? myself up\b",
    r"\bkill(?:ing)? myself (?:laughing|to (?:get|finish|make|meet|keep|pay)|at (?:the gym|work))\b",
    r"\bkill(?:ing)? myself (?:with|over|at|for) (?:\w+ ){0,2}(?:work|overtime|revision|studying|training|exercise|"
    r"exams?|deadlines?|job|shifts?|homework|this project)\b",
    r"\b(?:work(?:ed|ing)?|bor(?:ed|ing)|stress(?:ed|ing)?|worr(?:ied|ying)) myself to death\b",
    r"\bshot myself in the foot\b", r"\bscratch(?:ing|ed)? my head\b",
    r"\bbang(?:ing)? my head (?:against|on) (?:a|the) brick wall\b", r"\bhurt(?:ing|s)? (?:\w+s? ){0,2}feelings\b",
    r"\b(?:on|at) the edge of my seat\b", r"\bend of the world\b",
    r"\b(?:nearly|almost) (?:had|gave me|giving me) a heart attack\b", r"\bcr(?:ying|ied) (?:with )?laugh\w*\b",
    r"\b(?:nail|glue|staple|heat|water|spray|nerf|paintball|squirt|hot glue|massage) guns?\b",
    # "if I have to sit through one more meeting I'll shoot myself", "if my team lose again I'll kill myself"
    r"\bif (?:i (?:have to |had to |must )?(?:\w+ ){0,3}one more (?:\w+ ){0,2}(?:meetings?|powerpoints?|presentations?|"
    r"lectures?|seminars?|emails?|zoom calls?|calls?|spreadsheets?|typos?|puns?|adverts?|ads|episodes?|songs?|"
    r"forms?|surveys?|webinars?|icebreakers?|reply alls?|minutes?|hours?|seconds?)|i (?:hear|see) (?:that|"
    r"this) (?:\w+ )?(?:song|advert|ad|jingle|"
    r"video)(?: again)?|(?:my|our|the) (?:\w+ )?(?:team|club|side|ferry|train|"
    r"bus|wifi|printer) (?:\w+ )?(?:loses?|lost|is late|are late|crash\w*|"
    r"breaks? down)(?: again)?)\b,?(?: [\w,]+){0,5}? "
    r"(?:shoot myself|kill myself|jump (?:out of|off) (?:the|a|my) \w+|throw myself (?:off|out of|under|in front of) "
    r"(?:the|a) \w+|drive (?:off|into) (?:a|the) \w+)\b",
    r"\bjok(?:ed|ing|e) (?:that )?(?:id|i would|im going to|i was going to|ill|i will) (?:\w+ ){0,5}\w+",
    r"\b(?:goodbye|bye|farewell),? (?:forever,? )?(?:to )?(?:my |the |that |you )?(?:\d+s|twenties|thirties|"
    r"forties|fifties|money pit|\w+ quid|\w+ pounds|\w+ dollars|subscriptions?|memberships?|gym|netflix|diet|"
    r"savings|social life|summer|weekends?|freedom|direct debit|timeline|twitter|instagram|facebook|tiktok|"
    r"social media|streaming \w+|(?:old|younger|former|past) (?!life\b)\w+)\b",
    # "this traffic makes me want to drive off a cliff", "this heat, I want to die"
    r"\b(?:this|the|that) (?:traffic|queue|commute|meeting|lecture|heat|weather|exam|presentation|group project|"
    r"spreadsheet|printer|wifi|song)\b,?(?: [\w,]+){0,5}? (?:makes? me want to|i could|im going to|i want to) "
    r"(?:die|drive off (?:a|the) \w+|jump (?:out of|off) (?:a|the) \w+|throw myself (?:off|out of) (?:a|the) \w+)\b",
    r"\bdie on (?:this|that) hill\b", r"\bsuicide squad\b", r"\bthought i was going to die\b", r"\bwith joy\b",
)

# Who speaks: the nearest subject before a signal in its clause decides. No subject at all
# ("wanna die so bad rn") is the writer's own voice, as in chat.
_EN_FIRST = frozenset("i im ive id ill me my myself mine we us our ourselves".split())
_EN_OTHER = frozenset(
    "he she they you hes shes theyre youre youve youll youd hed shed theyd theyll theyve his her their your "
    "someone somebody everyone people friend friends mate mates brother sister mum mom dad father mother "
    "son daughter partner husband wife boyfriend girlfriend colleague patient patients client clients student "
    "students pupil pupils character villain detective hero heroine man woman girl boy kid kids child children "
    "teen teenager author juliet romeo doll team player grandad grandpa grandma granny nan nana gran uncle aunt "
    "auntie cousin nephew niece stepdad stepmum stepmom stepfather stepmother neighbour boss teacher doctor nurse "
    "coach".split())  # "does anyone know..." asks; it is no subject
_EN_NEGATORS = frozenset("not never dont didnt doesnt wont wouldnt isnt arent wasnt hasnt havent no nor "
                         "without neither hardly".split())

# Places, means and times the signals refer to.
_MEDS = (r"(?:pills?|tablets?|medication|medicines?|prescriptions?|paracetamol|acetaminophen|tylenol|ibuprofen|"
         r"aspirin|painkillers?|codeine|co ?codamol|tramadol|opioids?|morphine|oxy\w*|insulin|antidepressants?|"
         r"sertraline|citalopram|fluoxetine|amitriptyline|diazepam|valium|benzos?|sleepers|sleeping \w+)")
_HIGH_PLACE = (r"(?:bridges?|cliffs?|cliff edge|roofs?|rooftops?|ledge|balcony|car park|multi ?storey|tower block|"
               r"buildings?|"
               r"quarry|viaduct|overpass|top floor|top of (?:the|a) \w+(?: \w+)?)")
_RAIL = r"(?:train line|train tracks?|railway(?: line| tracks?)?|tracks|platform|level crossing)"
_WATER = r"(?:sea|river|lake|ocean|water|reservoir|canal|quarry|estuary)"
_TIME = (r"(?:tonight|today|tomorrow|this (?:morning|afternoon|evening|week|weekend|month)|"
         r"(?:on |by |this |next |after |before )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d+ ?(?:am|pm)|"
         r"\d+ ?(?:am|pm)|right now|soon|by (?:morning|then|the weekend)|after (?:my|the|his|her) \w+|"
         r"(?:when|while) (?:every(?:one|body)|my \w+|they|he|she)(?:s| is| are)? (?:out|asleep|away|at work|gone))")
_SELF_BODY = (r"(?:myself|my (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|face|head|stomach|body|hips?|throat|"
              r"chest|hands?))")
_PERSON = (r"(?:him|her|them|someone|somebody|people|everyone|them all|(?:the|that|this|those) (?:man|guy|woman|boy|"
           r"girl|kid|lad|bloke|person|people|idiot|bastard)|(?:my|that|the|his|her|our) (?:\w+ )?(?:step)?"
           r"(?:dad|father|mum|mom|mother|boss|manager|teacher|ex|partner|husband|wife|boyfriend|girlfriend|"
           r"brother|sister|neighbour|neighbor|baby|kids?|children|son|daughter|colleague|landlord|flatmate|"
           r"classmate|bully|bullies|family|nephew|niece|coach|friend))")
_ABUSER = (r"(?:he|she|they|someone|somebody|(?:my|our|a|the|mums|moms|dads) (?:\w+ )?(?:step)?"
           r"(?:dad|father|mum|mom|mother|brother|sister|uncle|aunt|grandad|grandpa|cousin|partner|husband|wife|"
           r"boyfriend|girlfriend|ex|bf|gf|flatmate|teacher|coach|boss|carer|man|woman|guy|neighbour))")

# "pay" as revenge, not as a bill: "make him pay for what he did", not "make him pay for dinner".
_NOT_BILL = (r"\b(?! (?:for (?:the|a|my|his|her|their|dinner|lunch|drinks|it all|everything|rent|\d)|back|off|rent|"
             r"attention|up|in|out)\b)")

# Being gone, said of oneself: "if I was gone", "if I wasn't here", "if I just disappeared".
_GONE = (r"(?:(?:was|were|am) )?(?:gone|dead|disappeared|vanished|died|not here|not around|no longer (?:here|around)|"
         r"wasnt (?:here|around|alive)|werent (?:here|around|alive)|was not (?:here|around)|didnt exist|never existed)")

# The windowed "wish to die" rule: a first-person subject, a wish or intent, and a death act, with only
# small words between them (never a negation or another subject): "I honestly just want to not be here",
# "i hope i dont survive the night", "I pray every night that I don't wake up".
_GAP = (r"(?:just|really|so|truly|honestly|actually|seriously|kind of|sort of|literally|simply|finally|quietly|"
        r"peacefully|badly|so badly|so bad|so much|all|still|even|sometimes|often|always|now|then|to|be|go|and|that|"
        r"i|rn|tbh|ngl|lowkey|fr|already|every night|every day|tonight|today|soon|somehow|please|could|would|can|"
        r"will|am|im)")
_WISH = (r"(?:want|wanted|wants|wish|wishing|hope|hoping|pray|praying|need|needed|plan|planning|planned|decided|"
         r"going|ready|about|thinking about|thinking of|tempted|considering|longing|long|dream|dreaming|prefer|"
         r"rather|deserve|cant wait|keep thinking about|looking forward|feel like)")
# A death act stands bare: "end it" and "end this" count, "end this chapter of my life" does not.
_BARE = (r"(?=$| (?:for good|forever|permanently|now|tonight|today|tomorrow|soon|already|once and for all|and|on "
         r"\w+day|this (?:week|weekend)|before|after|so|honestly|tbh|rn|right now|already|properly)\b)")
_DEATH_ACT = (r"(?:die(?! (?:if|of|from|laughing|alone|old|happy|when|without|in (?:\d|a|the)|at|my|your|her|his|"
              r"the) ?)|dying(?! (?:my|your|her|his|the|to|of|for|from|laughing|inside)\b)|be dead|dead|end (?:it|"
              r"it all|everything|things|this|my life|my suffering|my pain|the pain|the suffering)" + _BARE
              + r"|kill myself|not (?:be )?(?:alive|here|around)" + _BARE + r"|stop (?:existing|"
              r"living|breathing|being alive)|not exist|disappear (?:forever|for good|permanently)|(?:never|not|dont|"
              r"wont) (?:have to )?wake up|sleep (?:forever|permanently)|go to sleep (?:and (?:never|not) (?:have to )?"
              r"wake up|forever|permanently)|take my (?:own )?life|overdose|hang myself|"
              r"fade away|slip away|be gone(?=$| forever| for good| soon)|(?:not|dont|never) survive|"
              r"(?:not|dont|never) make it through|check out for good)")

_EN_CRISIS_RULES: dict[str, list[str]] = {
    # Suicidal thinking in the person's own words, direct or passive.
    "suicidal statement": [
        r"\b(?:i|im|ive|id|ill)\b(?: " + _GAP + r"){0,3} " + _WISH + r"\b(?: " + _GAP + r"){0,4} " + _DEATH_ACT + r"\b",
        r"\b(?:dont|do not|wouldnt) care (?:if|whether) i (?:die|live or die|wake up|dont wake up|never wake up|"
        r"get hit|survive)\b",
        r"\b(?:wish|hope|pray)\w* (?:that )?(?:a|the|some) (?:\w+ )?(?:car|bus|lorry|train|truck|van|plane) (?:would|"
        r"will) (?:just )?(?:hit|kill|crash into|run) me\b|\b(?:wish|hope|pray)\w* (?:that )?i (?:would |"
        r"could )?(?:get|got) (?:hit|run over|killed)\b",
        r"\b(?:join|be with) (?:her|him|them|my \w+) in heaven\b|\b(?:going to|want to|ready to|will|"
        r"ill) join (?:her|him|them|my (?:\w+ )?(?:mum|mom|dad|nan|gran|grandma|grandad|wife|husband|brother|sister|"
        r"son|daughter))\b",
        r"\b(?:whats|what is|wheres) the point (?:of|in) (?:living|life|being alive|going on|carrying on|existing|"
        r"staying alive|waking up)\b",
        r"\b(?:cant|cannot) (?:live|go on|carry on|do this) (?:like this )?(?:anymore |any more )?and i dont want to\b",
        r"\bdone with (?:this |my )?life\b|^(?:i )?(?:just )?want out$",
        r"\b(?:ways|how) to (?:stop existing|not exist|disappear forever|end it all|end my life)\b",
        r"\bthoughts? (?:of|about) (?:suicide|killing myself|ending it|ending my life|dying|taking my (?:own )?life)\b",
        r"\b(?:worry|worried|scared|afraid|terrified|fear) (?:is )?(?:that )?(?:ill|i will|i might|i) (?:actually |"
        r"finally )?(?:go through with it|do it)\b",
        r"^(?:ending it|ending it all|ending my life|killing myself|wanting to die|suicide)$",
        r"\b(?:without|before) (?:anyone|anybody|someone|somebody) (?:finding|finds|can find|"
        r"stopping) me(?: in time)?\b|\bso (?:nobody|no one|noone) (?:finds|can find|will find) me(?: in time)?\b",
        r"\b(?:stop|stopping|stopped|skip|skipping|not take|not taking|quit|quitting) (?:taking )?my insulin\b",
        r"\b(?:stop|stopping|stopped|quit|quitting) (?:taking )?my (?:\w+ )?(?:medication|medicines?|pills|"
        r"tablets)\b(?: \w+){0,3} (?:on purpose|deliberately|so (?:that )?i (?:die|dont wake up))\b|\b(?:stop|"
        r"stopping|stopped|quit|quitting) (?:taking )?my (?:heart|transplant|epilepsy|seizure|anti rejection|"
        r"hiv) (?:medication|medicines?|pills|tablets)\b(?! because (?:the|my) (?:doctor|gp|nurse))",
        r"\bkill(?:ing|ed)? myself\b",
        r"\bwhy (?:shouldnt|should not|not|cant|cannot) i (?:just )?(?:die|kill myself|end it|end my life)\b",
        r"\b(?:no way|dont think|doubt|cant see how) (?:im|i will|ill|i am|i) (?:still )?(?:going to )?be (?:here|"
        r"alive|around) (?:by|for|at|in|next|until)\b",
        r"^(?:i )?know (?:exactly )?(?:how|when|where)(?: and (?:how|when|where))? (?:im going to|ill|i will|"
        r"to) do it$",
        r"\b(?:end|ending|ended|take|taking|took) my (?:own )?life\b",
        r"\bsuicidal\b",
        r"\b(?:think|thinking|thought|considering|contemplating|commit|committing|attempt|attempted) (?:about |"
        r"of )?suicide\b",
        r"\bsuicid\w* (?:thoughts?|feelings?|urges?|ideation|thinking)\b",
        r"\bmy (?:suicide|goodbye) (?:note|letter|plan|attempt)\b|\b(?:suicide|death|dying|ending it|"
        r"killing myself) (?:is|seems|feels|looks)(?: like)? (?:the|my) (?:only|best|last) (?:answer|option|way|"
        r"choice|solution|way out|thing left)",
        r"\b(?:plan|planning|planned|plans|prepar\w*|organi[sz]\w*) (?:for )?my (?:own )?(?:suicide|death)\b",
        r"\bwish i could (?:just )?(?:die|go to sleep forever|sleep forever|not wake up|never wake up|"
        r"disappear forever|stop existing|not exist|be dead|end it|fall asleep and (?:not|never) wake up)\b",
        r"\b(?:decision|choice|courage|nerve|strength|guts|brave enough|time) to (?:end (?:it|things|my life|"
        r"everything)(?! with| between)|die|kill myself|do it)\b",
        r"\b(?:cant|dont|cannot) (?:see|imagine|picture) myself (?:being )?(?:alive|living|here|around|surviving|"
        r"making it|still here)\b",
        r"\b(?:make it|so it|so that it) (?:looks?|seems?|look|seem) like an accident\b",
        r"\bwant (?:my life|it all|everything|life) (?:to be )?over\b(?! with)",
        r"\b(?:want(?:ed|s|ing)?|wish(?:ing)?|plan(?:ning|ned)?|ready|decided|deserve|need|trying|tried|about|like|"
        r"love|prefer|rather|is) to (?:just |simply |finally )?(?:die|be dead|not (?:be )?(?:alive|here|exist|"
        r"wake up)|never wake up|stop (?:existing|living|breathing|being alive|being here)|disappear forever|"
        r"not exist|sleep forever|go to sleep (?:and (?:never|not) (?:have to )?wake up|forever))\b(?! (?:alone|old|"
        r"happy|of|from|laughing|on stage|at \d+)\b)",
        r"\b(?:thinking|thought|think|dream\w*|fantasi[sz]\w*|obsess\w*|considering|contemplating|planning on|"
        r"keep thinking|cant stop thinking) (?:about |of )?(?:dying|being dead|not being (?:here|alive|around)|"
        r"not existing|ending (?:it|it all|things|everything|my life)|killing myself|suicide)\b(?! (?:with|for|of)\b)",
        r"\b(?:except|other than|apart from|only way out is|only option is|only answer is) (?:ending it|dying|death|"
        r"killing myself|suicide|to die|to end it)\b",
        r"\bwish(?:ed|ing)? (?:i|id|i had) (?:was |were |could be |had been |been )?(?:dead|never (?:been )?born|"
        r"not (?:been )?born|gone)\b",
        r"\bwish i (?:wasnt|werent) (?:alive|here|born|around)\b",
        r"\b(?:dont|no longer|never) (?:want|wish) to (?:live|be alive|be here|exist|wake up|go on|carry on|"
        r"keep going|be around|keep living|continue living|survive)\b(?! (?:here|there|in|at|with|like|near|alone|by|"
        r"on|to|for|without|this|that|early|before|till|until|so early)\b)",
        r"\b(?:done|tired|sick|had enough) (?:of |with )?(?:living|being alive|existing|life)\b",
        r"\b(?:not|no longer|never) (?:scared|afraid|frightened) (?:of )?(?:dying|death|to die|of being dead)\b|"
        r"\blooking forward to (?:dying|death|being dead)\b",
        r"\bonly (?:thing|reason|one|person|thing thats) (?:\w+ )?(?:stopping me$|stopping me (?:is|from doing it)|"
        r"keeping me (?:here|alive)|holding me back$|i havent done it|im still (?:here|alive))\b",
        r"\b(?:id|i would|i wouldve|id have|i would have) (?:have )?(?:ended it|killed myself|been dead|be dead|"
        r"be gone|ended things|ended my life)\b(?: \w+){0,3} (?:already|by now|long ago|years ago)\b|"
        r"\bif (?:it wasnt|it werent|not) for (?:my )?\w+\b(?: \w+){0,3} (?:id|i would|"
        r"i wouldve) (?:have )?(?:ended it|killed myself|been dead|be dead|be gone)\b",
        r"\b(?:wont|not going to|dont think ill|doubt ill) make it (?:that far|to (?:my|the|"
        r"next) (?:\w+ )?(?:birthday|christmas|new year|summer|winter|spring|week|month|year))(?=$| (?:anyway|"
        r"probably|honestly|i think))",
        r"\bno (?:point|reason|purpose) (?:for me )?(?:in |to )?(?:keep |keep on |carry on |go on )?(?:living|"
        r"being alive|going on|carrying on|live|go on|existing|staying alive|keep going|be here|stay alive)\b|"
        r"\bnothing (?:left )?to live for\b|\b(?:life|living|it)(?: is|s)? (?:not|no longer|isnt) worth (?:living|"
        r"it anymore|living for)\b",
        r"\bcant see myself (?:living|alive|being (?:here|around|alive)|making it|surviving) (?:past|beyond|through|"
        r"until|to|much|after|into)\b",
        r"\bbetter off dead\b|\b(?:hate|hating) being alive\b|\b(?:id|i would|would) (?:rather|sooner) (?:die|"
        r"be dead)\b",
        r"\b(?:make|let|want|need) (?:it|this|everything|the pain|it all|them|him|her)(?: all)? (?:to )?(?:stop|end|"
        r"be over)\b(?: \w+){0,6} (?:for good|forever|permanently|once and for all)\b",
        r"\bend (?:it|this) (?:for good|forever|permanently)\b",
        r"\bdisappear(?:ed|ing)? (?:for good|forever|permanently|and never come back|and not come back)\b",
        r"\b(?:rather|prefer to|like to) (?:just )?not (?:be )?(?:here|alive|exist|wake up|be around)(?: anymore|"
        r" any more)?(?=$| honestly| tbh| at all)",
        r"\bnot (?:be )?alive (?:by|after|on|next|tomorrow|tonight|for much longer|much longer)\b",
        r"\b(?:worry|worried|scared|afraid|dread\w*|terrified|fear) (?:is )?(?:that )?(?:ill|i will|i might|"
        r"i) (?:wake up|still be (?:here|alive)|survive)\b",
        r"\bwish i (?:didnt|did not|never) (?:have|had) to (?:come up|wake up|breathe|come back|keep going|exist|"
        r"be here)\b",
        r"\b(?:want|wanted|wish|need|deserve|going|ready|like) to (?:just )?(?:fade|slip|drift|waste) away\b",
        r"\b(?:wouldnt mind|would be fine|(?:id|i would) be (?:fine|happy|ok|okay|glad|relieved)|dont care|"
        r"wouldnt care|be a relief) if i (?:didnt|dont|never|wouldnt) wake up\b|\b(?:wouldnt mind|(?:id|"
        r"i would) be (?:fine|happy|ok|okay|glad|relieved)|be a relief) if i (?:died|was dead|were dead|"
        r"got hit by \w+ \w+|didnt exist)\b",
        r"\bbleed(?:ing)? to death\b|\bdrink myself to death\b",
        r"\b(?:end(?:ing)? it all(?! with| for| before| at)|end(?:ing)? everything(?! with| for| before| at)|"
        r"end(?:ing)? it (?:tonight|today|now|soon|on \w+|this \w+|after \w+))\b",
        r"\b(?:want|going|plan(?:ning)?|decided|ready|about|try|trying|need) to end (?:it|things)\b(?! with|"
        r" all with| all for| for (?:the|a|my)\b)",
        r"\b(?:want|need|wish) (?:my body|my heart) to (?:just )?(?:give up|give out|stop|shut down)\b|"
        r"\buntil my (?:heart|body) (?:gives? (?:out|up)|stops)\b",
        r"\b(?:ill|i will|im going to|going to) be dead (?:before|by|soon|tomorrow|next)\b",
        r"\bwont (?:be )?(?:alive|living) (?:by|for|to see|much longer|past|next|when|after)\b",
        r"\bhop(?:e|ing) i (?:dont|never|wont) wake up\b|\b(?:sleep|bed) and (?:never|not) wake up\b",
        r"\b(?:go|going) through with it\b(?: \w+){0,3} this time\b",
        r"\b(?:voices?|the voice) (?:\w+ ){0,3}(?:telling|tell|told|tells|say|says|saying) me to (?:jump|die|kill|"
        r"hurt|cut|end|do it|hang|drown|stab|harm)\b",
    ],
    # Self-harm: a harming verb with the person's own body as its object, or an overdose already taken.
    "self-harm": [
        r"\b(?:took|taken|had|done|did) an? overdose\b(?! (?:patient|victim|case|call|survivor)s?\b)",
        r"\b(?:taking|took|take|swallowing|swallowed) (?:more|too many|extra|double)\b(?: \w+){0,6} (?:on purpose|"
        r"deliberately|to hurt myself|to not wake up|so i (?:dont|wont) wake up)\b",
        r"\b(?:drank|drunk|drink|drinking|swallowed|took) (?:some |the )?(?:bleach|poison|antifreeze|weedkiller|"
        r"drain cleaner)\b",
        r"\b(?:took|taken|swallowed|downed|necked)\b(?: \w+){0,8} (?:load|loads|lot|lots|handful|bunch|all|bottle|box|"
        r"packet|\d+) (?:of )?(?:\w+ ){0,2}" + _MEDS + r"\b",
        r"\b(?:took|taken|swallowed|had|downed|necked) (?:\d+|a (?:whole )?(?:bottle|box|packet|pack|load|handful|"
        r"strip)|all|every|the whole|loads|lots|a lot|the lot|them all|everything)(?: of)?(?: my| the| her| his| mums?"
        r"| dads?)? ?(?:\w+ )?" + _MEDS + r"\b",
        r"\b(?:cut|cuts|cutting|slit|slitting|slash(?:ed|ing)?|carv(?:e|ed|ing)|burn|burns|burnt|burned|burning|"
        r"hurt|hurting|harm|harmed|harming|hit|hitting|punch(?:ed|ing)?|scratch(?:ed|ing)?|bang(?:ed|ing)?|"
        r"bash(?:ed|ing)?|stab(?:bed|bing)?|bite|biting|pinch(?:ed|ing)?|beat|beating|"
        r"starv(?:e|ed|ing)|chok(?:e|ed|ing)|strangl(?:e|ed|ing)|hang|hanging|hanged|drown|drowning|poison(?:ed|ing)?|"
        r"suffocat(?:e|ed|ing)|gas|gassing|shoot|shooting|shot) " + _SELF_BODY + r"\b",
        r"\b(?:slit|slash|cut) (?:my|both) wrists?\b|\bmy wrists?\b.{0,30}\b(?:cut|slit|deep|bleed|blade|razor)",
        r"\b(?:razor|blade|knife|lighter|scissors|glass|compass) (?:\w+ ){0,2}(?:against|to|into|across|on|"
        r"over) my (?:skin|wrists?|arms?|legs?|thighs?|throat|neck|stomach)\b",
        r"\b(?:use|using|used|turn|turning) (?:it|them|the \w+|a \w+|my \w+) on myself\b",
        r"\b(?:carv|etch|engrav|slash|scratch)\w* (?:\w+ ){0,3}(?:into|on|in|across) my (?:arms?|wrists?|skin|legs?|"
        r"thighs?|stomach|hands?|chest)\b",
        r"\b(?:i|im|ive|been|keep|kept|started|start|urges? to|want to|going to|relapsed|"
        r"relapse) (?:\w+ )?self harm(?:ing|ed)?\b|\bself harm(?:ing|ed)? again\b",
        r"\buntil (?:it|they|i) (?:bleeds?|bruises?|scars?)\b|\bmake (?:myself|it) bleed\b|\bgo deeper\b",
        r"\b(?:cutting|cut|burning|burnt|burned|scratching|carving)(?: myself)? (?:again|deeper|last night|"
        r"every (?:night|day))\b|\brelaps(?:e|ed|ing) (?:and |on |with )?(?:cut\w*|burn\w*|self harm\w*|"
        r"hurt\w* myself)\b",
        r"\b(?:going to|want to|need to|will|ill|about to|gonna) (?:cut|burn|self harm)(?: again)?(?=$| (?:tonight|"
        r"today|again|right now|now|later|when)\b)",
        r"\b(?:blade|razor(?: blade)?|blades|razors|noose)(?: is| are| s)? (?:in my hands?|in my lap|against my \w+)\b",
        r"\burges? (?:to|of) (?:cut|burn|scratch|hurt myself|harm myself|self harm|hit myself)\b(?! (?:my|the|a|it|"
        r"down|back|out|off|up|costs?|ties)\b)",
        r"\b(?:throw|throwing|threw) myself (?:off|in front of|under|from|into|in|onto|out of|down)\b",
        r"\blet(?:ting)? myself (?:drown|die|bleed|fall|starve|freeze)\b",
    ],
    # A method named together with intent or with a wish to die.
    "method with intent": [
        r"\b(?:want(?:ed|s)? to|wish i could|going to|about to|plan(?:ning|ned)? to|plan is to|decided to|ready to|"
        r"need to|got to|will|ill|id|might|could|try(?:ing)? to|tried to|attempt(?:ed|ing)? to|"
        r"think(?:ing)? (?:about|of)|thought (?:about|of)|considering|tempted to|urges? to|feel like|"
        r"keep (?:thinking about|picturing|imagining)|picturing|imagining|nearly|almost|close to|how to|ways to|"
        r"easy to|courage to|nerve to) "
        r"(?:(?!im |i |youre |hes |shes |its )\w+ ){0,2}"  # "feel like jumping", not "feel like im drowning"
        + _any(
            r"jump(?:ing)? (?:off|from|in front of|under|out of|onto|into) (?:a |the |that |my |this )?(?:\w+ )?"
            + _any(_HIGH_PLACE, _RAIL, _WATER, r"trains?", r"bus", r"lorry", r"truck", r"cars?", r"traffic",
                   r"window", r"building", r"pier", r"harbour wall"),
            r"jump(?:ing)?$",
            r"(?:step|walk|run|lie|lay|stand|throw myself|jump)(?:ping|ing)? (?:down |out )?in front of",
            r"(?:turn|turning|yank|yanking|jerk|jerking|let go of|letting go of) the (?:steering )?wheel",
            r"crash(?:ing)? my car(?=$| tonight| on purpose| deliberately| into| off)",
            r"(?:walk|go|going|walking) (?:out )?into the (?:snow|cold|sea|river|woods|night|"
            r"freezing)\b(?: \w+){0,4} (?:lie down|and not come back|and never come back|and sleep|and wait)",
            r"climb(?:ing)? (?:over|off|onto)(?=$| (?:the )?(?:railing|balcony|edge|barrier|parapet|ledge|side))",
            r"step(?:ping)? (?:off|over) (?:the |a |that )?(?:platform|ledge|roof|bridge|edge|building|balcony|"
            r"railing)",
            r"walk(?:ing)? (?:out )?into (?:the )?" + _any(_WATER, "traffic", "road"),
            r"(?:lie|lying|lay) (?:down )?on (?:the )?(?:tracks|railway|line|road|motorway)",
            r"(?:drive|driving|drove|crash(?:ing)?|steer(?:ing)?|ride|riding|cycle|cycling|swerv(?:e|ing)) "
            r"(?:\w+ ){0,4}(?:into|off|in front of) (?:the |a |an |that )?(?:\w+ )?"
            + _any(_WATER, "wall", "tree", "bridge", "barrier", "reservation", "lorry", "truck", "oncoming",
                   "traffic", "pillar", "bus", "train", "cliff", "road", "edge", "motorway", "central"),
            r"overdos\w*",
            r"(?:take|taking|swallow(?:ing)?) (?:all|every(?: one)?|the whole|a whole|the lot|the rest|them all)\b",
            r"drink(?:ing)? (?:the |some )?(?:bleach|poison|antifreeze|weedkiller|drain cleaner)",
            r"bleed(?:ing)? out", r"cut (?:so |really |very )?(?:deep|deeper|my wrists?|my throat)", r"hang(?:ing)?$",
            r"set(?:ting)? (?:fire to )?myself (?:on fire|alight)", r"drown(?:ing)?$",
        ),
    ],
    # Asking how to die, how much is lethal, how high is fatal.
    "lethality question": [
        r"\b(?:painless|quickest|easiest|quick|surest|fastest|most effective|least painful|peaceful|best|"
        r"simplest) (?:way|ways|method|methods) (?:to (?:die|go|end it|kill (?:myself|yourself|someone)|overdose|"
        r"hang (?:myself|yourself)|drown)|of (?:dying|suicide))",
        r"\b(?:methods|ways) (?:of|to) (?:suicide|dying|die)\b",
        r"\b(?:which|what) (?:\w+ )?(?:methods|ways) (?:are|is|would be) (?:the )?(?:quickest|painless|fastest|"
        r"most effective|least painful|surest|easiest)\b",
        r"\bhow (?:many|much)\b(?: \w+){0,8} (?:to die|to kill|would kill|will kill|kills? you|to not wake up|"
        r"to never wake up|never wake up|not wake up|be (?:fatal|lethal|deadly)|is (?:fatal|lethal|deadly)|a lethal|"
        r"an overdose|to overdose|stop (?:my|your|a) heart)\b",
        r"\bhow (?:many|much) (?:of )?(?:\w+ ){0,3}" + _MEDS + r"\b(?: \w+){0,5} (?:take|enough|cause|causes|lead "
        r"to)\b",
        r"\b(?:want|need) (?:it|them|that|this) to be (?:enough|fatal|lethal|the end)\b",
        r"\b(?:which|what) (?:\w+ ){0,2}(?:medications?|medicines?|pills|tablets|drugs|painkillers|chemicals|"
        r"poisons?) (?:\w+ ){0,3}(?:are|is|would be|can be|will) (?:\w+ ){0,2}(?:lethal|deadly|fatal)\b",
        r"\b(?:lethal|fatal|deadly) (?:dose|amount|quantity|overdose)\b",
        r"\b(?:dose|amount|number|quantity) of (?:\w+ ){0,2}" + _MEDS + r"\b (?:that|which|it takes to|needed to|to) "
        r"(?:kills?|would kill|is fatal|die)\b",
        r"\b(?:can|could|would|will|do) (?:you|i|someone|a person|people) die (?:from|of|if) (?:\w+ ){0,4}"
        r"(?:\d+ (?:\w+ )?)?" + _MEDS + r"\b",
        r"\b(?:tie|tying|make|making) (?:a |the )?noose\b",
        r"\bhow (?:high|tall|far|deep)\b(?: \w+){0,10} (?:dont|not|wont|never|to) (?:survive|die)\b",
        r"\b(?:which|what)\b(?: \w+){0,4} (?:more |most |less |least )?(?:painless|painful|quick\w*|effective|lethal|"
        r"peaceful|certain)\b(?: \w+){0,4} (?:pills|tablets|hanging|overdos\w*|jumping|drowning|cutting|methods?)\b",
        r"\bhow (?:high|tall|far)\b(?: \w+){0,10} (?:fall|drop|jump)\b(?: \w+){0,6} (?:kills?|die|dead|fatal|survive|"
        r"survivable)\b",
        r"\b(?:what|which) height\b(?: \w+){0,10} (?:survive|die|kill|fatal|dead)\b",
        r"\b(?:enough|so|deep enough|far enough|high enough) (?:that )?(?:its|it is|it will be|itll be|to be|"
        r"it would be) (?:fatal|lethal|deadly|the end)\b",
        r"\bhow long(?: does it| would it| will it| before| until| to| do you| does someone|"
        r" does a person)?(?: \w+){0,6} (?:to )?(?:drown(?! (?:a|the|my|your|his|her|their)\b)|bleed out|"
        r"bleed to death|die|suffocate|be found|find (?:me|someone|a body|the body))\b",
        r"\bdoes it hurt to (?:get hit by|be hit by|drown|hang|bleed out|overdose|jump|die|suffocate)\b",
        r"\bis it (?:more |less )?(?:painful|quick|quicker|peaceful|painless|easy|easier|faster|better|"
        r"surer) to (?:bleed out|drown|hang|die|overdose|jump|cut)\b",
        r"\b(?:is|does|would|will) (?:drowning|hanging|bleeding out|an overdose|overdosing|jumping|suffocating|"
        r"carbon monoxide|gassing|(?:a|the) fall) (?:\w+ ){0,2}(?:painless|painful|quick|peaceful|hurt|fatal|"
        r"lethal)\b",
        r"\b(?:drowning|hanging|bleeding out|overdosing|suffocating|carbon monoxide|gassing) (?:is|would be|will be|"
        r"feels?) (?:\w+ )?(?:painless|painful|quick|peaceful|fatal|lethal)\b",
        r"\b(?:fastest|quickest|strongest|most lethal|deadliest|most painless|surest) (?:acting |"
        r"working )?(?:\w+ )?(?:poisons?|pills?|drugs?|overdose|method|way to (?:die|go))\b",
        r"\b(?:jump|jumped|fall|fell|drop|took|take|swallow\w*|drink|overdose)\b(?: \w+){0,8} (?:will|would|could|do|"
        r"does) (?:i|you|someone|a person|it|that) (?:die|survive|kill)\b",
        r"\b(?:would|will|could) (?:a |the )?(?:fall|jump|drop) (?:\w+ ){0,8}(?:kill|be fatal|be enough)\b",
        r"\b(?:fall|drop|jump)\w*\b(?: \w+){0,6} (?:be |is |would be |to be )?(?:fatal|lethal|deadly|survivable|"
        r"unsurvivable)\b",
        r"\b(?:what\w*|which|how)\b(?: \w+){0,6} (?:can|could|would|to|should) (?:i |you |someone )?overdose on\b",
        r"\bhow long (?:would|could|can|do|does|should) (?:i|you|someone|a person) (?:have to )?(?:stay|be|"
        r"hold (?:my|your|their) breath|keep (?:my|your) head) (?:under ?water|under the water)\b",
        r"\bhow (?:many|much)\b(?: \w+){0,8} (?:liver|kidneys?|heart|organs?)(?: \w+){0,2} (?:gives? (?:up|out)|"
        r"fails?|failure|stops?|shuts? down)\b",
        r"\b\d+ (?:\w+ )?" + _MEDS + r"\b(?: \w+){0,2} (?:be )?enough\b",
        r"\bdoes (?:drowning|hanging|bleeding out|an overdose|it) hurt to (?:die|drown)\b",
        r"\b(?:buy|get|order|find) (?:a lot of|lots of|loads of|enough|a stockpile of|as many|a big supply of) "
        r"(?:\w+ )?" + _MEDS,
        r"\b(?:without|so) the (?:pharmacist|chemist|doctor|gp) (?:asking|noticing|knowing|finding out|questioning)\b",
        r"\b(?:get|buy|find|order) (?:a |some )?(?:gun|firearm|pistol|rifle|"
        r"shotgun)\b(?: \w+){0,4} (?:without (?:a )?licen[cs]e|illegally|no questions)\b",
        r"\b(?:reading|read|researching|researched|research|googl\w*|looking up|looked up|look up|searching|searched|"
        r"watching videos) (?:\w+ ){0,2}(?:about |up |on )?(?:which |what |the |different |quick )?(?:methods|"
        r"ways to (?:die|kill myself|end it)|how to (?:die|kill myself|hang|overdose|end it|end my life))\b",
        r"\b(?:reading (?:up )?about|researching|researched|googl\w*|looking up|looked up|searching|read about|"
        r"watching videos (?:about|of)) (?:\w+ ){0,2}(?:lethal doses?|overdose amounts?|suicide methods|ways to die|"
        r"nooses?|how long it takes to die|how to tie a noose|painless ways?)\b",
        r"\binsurance (?:\w+ ){0,4}(?:pay ?out|payout|cover|covers|paid)\b(?: \w+){0,3} (?:if|suicide|when i die)\b",
        r"\b" + _HIGH_PLACE + r"\b(?: \w+){0,8} (?:without|no|with no) (?:fences?|barriers?|railings?|nets?)\b",
    ],
    # Means saved, bought or set up.
    "means at hand": [
        r"\b(?:cant stop|keep|kept) (?:thinking about|looking at|staring at|picturing) (?:the |my |those |"
        r"all (?:the |my )?)?(?:\w+ )?(?:pills|tablets|rope|knife|knives|blade|razor|gun|noose)\b",
        r"\bpracti[sc]\w* (?:tying |to tie |making )?(?:knots|nooses?|a noose)\b",
        r"\b(?:saving (?:up |away )?|saved (?:up |away )?|stockpil\w* |stash\w* |hoard\w* |building up |squirrel\w* )"
        r"(?:\w+ ){0,4}" + _MEDS + r"\b",
        r"\b" + _MEDS + r"\b(?: \w+){0,3} (?:saved|stashed|ready|hidden|stockpiled|lined up|counted out|(?:ive been|i "
        r"have been|ive|i) (?:hiding|saving|stashing|stockpiling|hoarding))\b",
        r"\b(?:stash|stockpile|hoard|supply|collection) of (?:\w+ ){0,4}" + _MEDS + r"\b",
        r"\b(?:got|have|kept|keeping|hidden|hid|hiding|stored|storing) (?:all )?(?:\w+ ){0,3}" + _MEDS
        + r"\b(?: \w+){0,4} "
        r"(?:under|in|inside) (?:my|the) (?:bed|mattress|pillow|wardrobe|sock drawer)\b",
        r"\b(?:collecting|collected|gathering|gathered|keeping|kept) (?:all )?(?:\w+ ){0,2}(?:spare |extra |"
        r"old )?(?:pills|tablets|painkillers|sleeping \w+)\b(?! (?:in|for) (?:the|a|my) (?:cabinet|drawer|box|"
        r"bathroom)\b)",
        r"\benough (?:\w+ )?(?:pills|tablets|medication|painkillers|insulin) to (?:kill|die|end it|not wake up|"
        r"do it)\b",
        r"\b(?:pills|tablets|rope|knife|blade|razor|gun|noose)\b(?: \w+){0,3} (?:in front of me|next to me|beside me|"
        r"in my hands?|on my lap)\b",
        r"\b(?:looking|staring|gazing) at (?:the |my |all )?(?:\w+ )?(?:pills|tablets|rope|knife|blade|razor|gun|"
        r"noose)\b(?: \w+){0,5} (?:all (?:evening|night|day)|for hours|again|every night)\b",
        r"\b(?:swallow|take|down|neck) (?:everything|all of it|the lot|the whole (?:\w+ )?(?:lot|box|bottle|"
        r"packet)) (?:in|from) (?:the|my) (?:\w+ )?(?:cabinet|cupboard|drawer|box|bottle|packet)\b",
        r"\b(?:counted|counting|lined|lining|laid|laying|set|setting) (?:out|up) (?:all )?(?:my |the |of )?(?:\w+ )?"
        + _MEDS + r"\b",
        r"\b(?:bought|buy|buying|got|ordered|found|ive got|have|tied|tying|made|making|hid) (?:\w+ ){0,3}(?:rope|"
        r"noose|ligature)\b(?! (?:style|necklace|knot|pattern|print|lights?|swing|ladder|bridge|course|access|toy|"
        r"bracelet|earrings?)\b)",
        r"\b(?:beam|hook|banister|bannister|door frame|loft hatch|branch|pipe|rail|knot|noose|"
        r"loop)\b(?: \w+){0,6} (?:will hold|hold (?:my )?weight|take (?:my )?weight|strong enough|"
        r"under (?:my )?weight)\b",
        r"\b(?:rope|noose)(?: is| s)? (?:in|under|on) (?:the|my) (?:boot|car|bag|room|wardrobe|drawer|garage|shed)\b",
        r"\b(?:hose|hosepipe|tubing)\b(?: \w+){0,6} (?:boot|exhaust|duct tape|tape|window)\b|\b(?:duct tape|"
        r"tape)\b(?: \w+){0,4} (?:hose|hosepipe)\b",
        r"\b(?:engine running|exhaust)\b(?: \w+){0,8}\b(?:garage|door|closed|sealed)\b|"
        r"\bgarage\b(?: \w+){0,8} engine running\b",
        r"\bcharcoal\b(?: \w+){0,8} (?:tape\w*|seal\w*|bedroom|car|tent|room|windows?)\b",
        r"\b(?:got|took|taken|holding|hold|held|loaded|load|loading|cleaning) (?:\w+ ){0,5}(?:gun|rifle|shotgun|"
        r"pistol|revolver|firearm)\b",
        r"\b(?:gun|rifle|shotgun|pistol|revolver)s?(?: is| s)? (?:loaded|in my (?:hand|lap|mouth)|to my head|"
        r"on my (?:desk|bed|lap))\b",
        r"\b(?:bought|got|have) (?:everything|what|all) (?:i|that i) need\b",
        r"\bengine running\b",
    ],
    # Goodbyes said and affairs put in order, stated outright.
    "farewell": [
        r"\bgoodbye (?:everyone|every one|all|world|cruel world)\b|\bgoodbye (?:forever|for good)(?=$| (?:everyone|"
        r"all|you|guys|world|x+)\b)|^goodbye$",
        r"\b(?:this is|its|heres) (?:my|the) (?:last|final) (?:message|post|goodbye|entry|note|words)\b",
        r"\b(?:last|final) (?:message|goodbye|words) (?:from me|to you|ever)\b",
        r"\b(?:last|final) time (?:ill|i will|im going to|ill ever|youll) (?:write|talk|use|post|message|be|hear|"
        r"see)\b",
        r"\bwont (?:hear from|see|be hearing from) me (?:again|anymore|ever)\b",
        r"\b(?:my|the) (?:suicide |goodbye |last )?(?:note|letter|letters|notes) (?:is |are |s )?(?:written|done|"
        r"ready|finished|on the table)\b",
        r"\bsaid my (?:last |final )?goodbyes\b(?! to (?:him|her|them|my|our|the)\b)|\b(?:wrote|written|writing|"
        r"recorded) (?:my|all my) goodbyes\b",
        r"\b(?:said goodbye to|hugged|kissed|walked|saw|visited|held|fed|told) (?:\w+ ){0,4}(?:for the last time|"
        r"one last time)(?! (?:before|until|till)\b)",
        r"\b(?:want|need) (?:everyone|you all|them|my family|you|my \w+) to know (?:that )?(?:im sorry|i love|"
        r"i loved|it wasnt|its not)\b",
        r"^(?:please )?give (?:all )?my (?:things|stuff|belongings|possessions|clothes) to\b",
        r"\b(?:(?:can|could|will|would) you |please )?tell (?:my |her |him |them |everyone )?(?:\w+ ){0,2}(?:i loved|"
        r"that i loved|i always loved|(?:that )?im sorry(?=$| (?:i let|for everything|for all|it wont|ive|i couldnt|"
        r"i wasnt|and i love))|(?:that )?i was sorry)\b",
        r"\bi loved you all\b|\bsorry for everything$",
        r"\bgoodbye (?:letters?|notes?|messages?|videos?|texts?) (?:to|for)\b|\b(?:writing|wrote|written|write|left|"
        r"recorded|recording) (?:my |some |a )?goodbye (?:letters?|notes?|messages?|videos?)\b",
        r"\b(?:just )?(?:wanted|want|came|here) to say (?:goodbye|bye)(?: to (?:you|everyone|all|you all))?$",
        r"\bby the time (?:anyone|you|they|someone|somebody) (?:reads?|sees?|finds?|gets?) this\b",
        r"\b(?:saying|said) goodbye to (?:everyone|people|my friends|my family|them all) (?:without (?:them|"
        r"anyone) (?:knowing|realising|noticing)|secretly)\b",
        r"\bin case i (?:dont|never|wont) see (?:you|them|anyone|her|him|you all) again\b",
        r"\btell (?:everyone|them|all|\w+) (?:i said |that i said )?(?:bye|goodbye)\b",
        r"\bif (?:anyone|someone|you) (?:reads|finds|read|find) this\b",
        r"\b(?:wrote|written|writing|left|leaving) (?:a |some |my )?(?:letters?|notes?|cards?) (?:to|for) (?:my |"
        r"the )?(?:\w+ )?(?:mum|mom|dad|parents|family|sister|brother|kids|children|wife|husband|partner|everyone|"
        r"friends|son|daughter)\b(?: \w+){0,8} (?:left (?:them|it)|leave (?:them|it)|where (?:they|theyll|he|she|"
        r"hell|shell) (?:will )?find|for them to find|to (?:read|open) (?:after|when|once)|for (?:after|"
        r"when im gone))\b",
        r"\b(?:made|planned|planning|chose|chosen|choosing|wrote|writing|picked) (?:a |the |my )?(?:\w+ )?(?:for|"
        r"at) my (?:own )?funeral\b|\bmy (?:own )?funeral (?:playlist|plans?|songs?|arrangements)\b",
        r"\b(?:thank(?:s| you) for (?:trying|everything))\b(?: \w+){0,8} (?:not your fault|goodbye|sorry|last)\b",
        r"\bnot your fault\b(?: \w+){0,3} (?:what happens|whatever happens|what i do)\b",
    ],
    # A note or letter left for others to find (the finder is the grammatical subject, so no voice check).
    "farewell note": [
        r"\bwhen (?:they|you|she|he|everyone|people|my \w+) (?:read|reads|find|finds|see|sees) (?:my|the) (?:letter|"
        r"note|letters|notes|message)\b",
        r"\b(?:note|letter)\b(?: \w+){0,6} (?:on|under) my (?:pillow|bed|desk)\b|\b(?:they|someone|mum|dad|he|"
        r"she)(?:ll| will) find (?:it|them|me) (?:in the morning|tomorrow|later|when)\b",
    ],
    # Being a burden, joined with the idea of being gone.
    "being a burden": [
        r"\b(?:wont|will not) (?:have|need) to (?:deal with|put up with|worry about|look after|care for|"
        r"see) me (?:much longer|for (?:much )?longer|for long|anymore|any more|soon|again)\b",
        r"\b(?:the world|everyone|nobody|no one|anyone) (?:doesnt|dont|wouldnt|does not|would not|will not|"
        r"wont) (?:need|want|miss) me(?: in it| here| around| anymore)?$",
        r"\b(?:free|rid|shot) of me\b(?: \w+){0,3} (?:soon|for good|forever|at last|finally)\b|\b(?:finally|soon|"
        r"forever) (?:be )?(?:free|rid) of me\b",
        r"\b(?:who|anyone|anybody|people|they)\b(?: \w+){0,3} (?:come|go|cry|care|turn up|miss me) (?:to|at|"
        r"about) my (?:own )?funeral\b",
        r"\b(?:better|easier|happier|richer|freer|fine|relieved|free|lighter|okay|ok) (?:off )?without me\b(?! (?:at|"
        r"on|for|there|tonight|this)\b| in (?!it\b))",
        r"\b(?:no ?one|nobody|noone) (?:will|would|is going to) (?:even )?(?:notice|miss me|care)(?: \w+){0,2} "
        r"(?:if|when|once) (?:i|im) " + _GONE + r"\b|\b(?:no ?one|nobody|noone) (?:will|would) (?:even )?miss me$",
        r"\b(?:better|easier|happier|relieved|free|fine|okay|ok|peace|lives back|cope|coping|move on|favour|"
        r"favor)\b(?: \w+){0,6} "
        r"(?:if|when|once|after) (?:i|im) (?:just )?" + _GONE + r"\b",
        r"\bif (?:i|im) (?:just )?" + _GONE + r"\b(?: \w+){0,6} (?:better|easier|happier|relieved|free|peace|fine)\b",
        r"\b(?:better|easier|happier) (?:off )?if (?:she|he|they|everyone|you) (?:didnt|did not|never|"
        r"wouldnt) (?:have|had) to (?:look after|deal with|worry about|care for|put up with|support) me\b",
        r"\b(?:time|about time) (?:i|that i) (?:stopped|stop) being (?:one|a burden|a problem)\b",
        r"\bbetter (?:off )?with (?:the )?(?:insurance|money|payout|life insurance)\b(?: \w+){0,3} than (?:with )?me\b",
        r"\b(?:happier|better off|relieved|better) at my funeral\b",
        r"\b(?:theyll|they will|shell|she will|hell|he will|everyone will|you will|youll) (?:all )?be (?:free|"
        r"relieved|better off|happier)(?: of me)? soon$",
        r"\b(?:everyone|they|you all|my family|my \w+) (?:will|would) (?:be|feel) (?:so )?(?:relieved|free|"
        r"better off|happier)(?: soon)?$",
        r"\b(?:life insurance|insurance (?:money|payout))\b(?: \w+){0,10} (?:useful|worth (?:something|more)|"
        r"good for something|better off)\b|\bworth more (?:to them |to everyone )?dead\b",
        r"\b(?:soon|after \w+|then) (?:nobody|no one|noone|everyone|they|you|she|he) (?:wont|will not|will never|"
        r"will|wont ever) (?:have|need) to (?:worry about|look after|deal with|care for|put up with|think about) me\b",
        r"\bbetter (?:life|lives|future|time|chance|childhood) without me\b",
        r"\b(?:soon|shortly) i (?:wont|will not) (?:be|exist)(?=$| (?:one|a problem|a burden|here|around|anymore))",
        r"\b(?:wont|will not) be (?:a (?:burden|problem)|one) (?:to |for )?(?:anyone |anybody |you |them |"
        r"everyone )?(?:much longer|for long|anymore|soon|after)\b",
    ],
    # A decision or a date, with nothing named: finality.
    "finality": [
        r"\b(?:itll|it will|everything will|it is going to|its going to|this will) (?:all )?be over (?:soon|tonight|"
        r"tomorrow|by|shortly)\b",
        r"\b(?:ill|well|i will|we will|im going to|i) (?:be )?gone (?:by|before|soon|tomorrow|tonight)\b(?! (?:for|"
        r"on|to|at|from)\b)",
        r"\b(?:tonight|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this weekend)s? (?:is )?the (?:day|"
        r"night)$",
        r"\b(?:not going to|wont|dont plan to|not planning to) (?:hang|stick) around\b(?! (?:at|in|for the|"
        r"after the)\b)",
        r"\b(?:wont|will not|not going to|dont think ill|doubt ill) be (?:around|here|alive) (?:much longer|"
        r"for (?:much )?longer|for long|by|to see|next|after|anymore|for (?:christmas|my birthday|the \w+|\w+day|"
        r"much))\b",
        r"\bwont be (?:around|here)$",
        r"\bby this time (?:tomorrow|next week|tonight|next month) (?:ill|i will|i) (?:be gone|be dead|wont be here|"
        r"not be here|wont be alive)\b",
        r"\b(?:tonight|today|this) is my last (?:night|day|week)$|\bmy last (?:night|day|week) (?:alive|on earth)\b",
        r"\b(?:wont|will not|not going to) (?:need|be needing) my \w+(?: or my \w+)? (?:anymore|any more|again)\b",
        r"\b(?:wont|will not|not going to) need (?:my|any of my) \w+(?: \w+)? (?:this year|next year|this winter|"
        r"this summer|again|anymore|any more)$",
        r"\b(?:wont|will not|im not|am not) (?:be )?coming back(?: ever)?$|\bnever coming back\b|\b(?:not|never|"
        r"wont be) coming home\b",
        r"\b(?:no|theres no|its) (?:use|need) for (?:them|it|these|those) where im going\b|\bwhere (?:im|"
        r"were) going\b(?: \w+){0,4} (?:nobody|no one|cant|wont|no use|no need)\b",
        r"\bwhere im going\b(?! (?:on|for|to|next|this)\b)",
        r"\b(?:it|nothing|none of (?:this|it)) (?:wont|will not|wont ever|will never) matter (?:anymore|any more|"
        r"soon|after \w+|by then)\b|\b(?:by|after) (?:this time )?(?:next week|tomorrow|tonight|"
        r"\w+day)\b(?: \w+){0,3} (?:it|nothing|none of (?:this|it)) (?:wont|will not|doesnt) matter\b",
        r"\b(?:wont|will never|never|dont) (?:have to )?(?:feel anything|feel (?:any )?pain|suffer|"
        r"hurt) (?:any more |anymore )?(?:ever )?again\b",
        r"\b(?:after|by|from) (?:tonight|tomorrow|this week|\w+day)\b(?: \w+){0,2} (?:none of (?:this|it)|"
        r"nothing) (?:will )?matters?\b|\b(?:none of (?:this|it)|nothing) will matter (?:after|by|soon|tomorrow|"
        r"tonight)\b",
        r"\b(?:wont|dont|will not) (?:need|be needing) (?:them|it|these|those|any of (?:it|them|this)|"
        r"my \w+)(?: anymore| much longer| where)?$",
    ],
    # Being at a dangerous place now: on the tracks, on a ledge.
    "at a dangerous place": [
        r"\b(?:sitting|standing|lying|laying|sat|stood|perched|climbed|climbing) (?:right )?(?:on|onto|"
        r"over) (?:the )?(?:train |railway )?(?:tracks|ledge|railing|parapet|edge of (?:the )?(?:roof|bridge|cliff|"
        r"platform|car park))\b",
    ],
    # Plans for the future called off with no reason given: "don't bother booking me for August".
    "future given up": [
        r"\bdont (?:bother|need to) (?:booking|book|including|counting|planning|saving|buying) (?:me|"
        r"for me)\b(?!.*\b(?:because|as|cause|since|busy|working|away|afford)\b)",
    ],
    # Not safe with oneself, or losing control.
    "not safe": [
        r"\bim not (?:feeling )?safe\b(?! (?:in|at|on|walking|driving|going|to|from|around (?:him|her|them))\b)",
        r"\b(?:dont|do not) (?:feel )?safe (?:with|around|by|being alone with) myself\b",
        r"\b(?:cant|dont|no longer) (?:keep|trust) myself (?:safe|alone|around|not to|with|near|tonight|anymore)\b|"
        r"\bcant keep myself safe\b|\b(?:cant|cannot) promise (?:ill|i will|that ill|to|i can) (?:be |stay |"
        r"keep (?:myself )?)(?:safe|alive|ok|okay)\b|\b(?:dont know|not sure) (?:if|whether) (?:ill|i will|"
        r"i can) (?:be|stay|keep myself) safe\b",
        r"\b(?:scared|afraid|frightened|terrified) (?:of )?(?:myself|what ill do|what i might do|ill do something|"
        r"i (?:will|might|could|ll) (?:do something|hurt|harm|kill|act))\b",
        r"\bnot sure (?:i|id) (?:could|would|can|will|d) stop myself\b|\bcant stop myself from (?:hurting|harming|"
        r"killing|cutting|doing)\b",
    ],
    # A threat to kill or hurt a person: often a figure of speech ("I'll kill my brother for eating my chips").
    "threat to kill or hurt": [
        r"\b(?:going to|want to|will|ill|im going to|gonna|about to|plan(?:ning)? to|decided to|wish i could|"
        r"thinking (?:about|of)|fantasi[sz]ing about) (?:\w+ ){0,5}(?:kill|killing|murder|murdering|strangle|"
        r"strangling|"
        r"attack|attacking|hurt|hurting|beat up|beating up) (?:" + _PERSON + r")\b",
    ],
    # Harm to others with a weapon, fire or poison, an urge, a plan or a target: never a figure of speech.
    "harm to others": [
        r"\b(?:going to|want to|will|ill|im going to|gonna|about to|plan(?:ning)? to|decided to|wish i could|"
        r"thinking (?:about|of)|fantasi[sz]ing about) (?:\w+ ){0,5}(?:stab|stabbing|shoot|shooting|poison|poisoning|"
        r"run over|set fire to|burn down|blow up|bomb|shoot up) (?:" + _PERSON + r"|(?:my|the|that|our) "
        r"(?:school|class|college|office|workplace|church|mosque|synagogue|work))\b",
        r"\b(?:set(?:ting)? fire to|burn(?:ing)? down|torch(?:ing)?) (?:his|her|their|the|"
        r"my \w+s?) (?:\w+ )?(?:house|flat|home|car|school|office)\b",
        r"\bpoison(?:ing)? (?:his|her|their|my \w+s?) (?:\w+ )?(?:coffee|tea|food|drink|dinner|lunch|water)\b",
        r"\b(?:going to|want to|will|ill|gonna|about to) set (?:the|my|his|her|their|that) (?:\w+ )?(?:school|house|"
        r"flat|home|car|office|building|shop) (?:on fire|alight)\b",
        r"\b(?:going to|want to|will|ill|gonna) (?:burn|blow) (?:his|her|their|the|my \w+s?) (?:\w+ )?(?:house|flat|"
        r"home|car|school|office) (?:down|up)\b",
        r"\b(?:urges?|thoughts|impulses?|fantasi[sz]\w* (?:about|of)|dream\w* (?:about|of)) (?:\w+ )?(?:to |of |"
        r"about )?(?:push|shove|hurt|harm|kill|stab|strangle|drown|hit|attack|shoot)(?:ing)? (?:someone|people|him|"
        r"her|them|the|my|a|strangers?|babies|kids|children|everyone)\b",
        r"\b(?:put|putting|slip|slipping|spike|spiking) (?:something|\w+) (?:in|into) (?:his|her|their|my \w+s?|"
        r"the \w+s?) (?:\w+ )?(?:drink|coffee|tea|food|dinner|lunch|water)\b",
        r"\b(?:taking|take|bring|bringing) (?:my |the )?(?:kids|children|family|baby|son|daughter) with me\b",
        r"\b(?:make sure|ensure|see to it) (?:that )?(?:she|he|they) (?:never|wont ever|will never) (?:sees?|"
        r"see) (?:\w+ ){0,5}again\b",
        r"\b(?:(?:thoughts|urges|images|fantasies|impulses|thinking|dreams) (?:\w+ ){0,2}(?:about|of)|imagining|"
        r"picturing|fantasi[sz]ing about|urges? to|keep thinking about) (?:hurting|harming|killing|stabbing|drowning|"
        r"smothering|shaking|strangling|suffocating|poisoning|hitting|touching|attacking|burning) (?:the|my|a|him|"
        r"her|them|people|someone|baby|kids?|children)\b",
        r"\b(?:urges|thoughts|feelings|attraction) (?:\w+ ){0,2}(?:about|towards|for|to) (?:children|kids|minors|"
        r"little (?:girls|boys)|young (?:girls|boys)|my (?:nephew|niece))\b",
        r"\b(?:drive|driving|drove|ram(?:ming)?|plough(?:ing)?|plow(?:ing)?) (?:\w+ ){0,3}(?:into|"
        r"through) (?:\w+ ){0,3}(?:crowd|people|protesters|pedestrians|school|them|everyone)\b",
        r"\b(?:bring|bringing|take|taking|brought|carry|carrying) (?:something|a (?:gun|rifle|knife|weapon)|"
        r"my \w+s? (?:gun|rifle|knife)|(?:his|her|the) (?:gun|rifle)|(?:\w+ )?(?:gun|rifle|knife|"
        r"weapon)s?) (?:\w+ ){0,2}(?:in|into|to) (?:school|work|class|college|uni|the office|church)\b",
        r"\b(?:planning|planned|plan|thinking about|decided) what (?:ill|i will|im going to|to) do to (?:them|him|"
        r"her|those|the \w+ who|everyone|the people)\b",
        r"\b(?:know|decided|picked|chosen) (?:exactly )?who(?:s| is| will be| goes) (?:first|next)\b|\bhit list\b|"
        r"\bkill list\b",
    ],
    # A threat against the person, reported: "he said he'd kill me if I tell anyone".
    "threatened by someone": [
        r"\b(?:said|says|told me|tells me|threatened|threatens|keeps saying|swore|swears|"
        r"promised)\b(?: \w+){0,8} (?:hell|shell|theyll|he will|she will|they will|he would|she would|hed|shed|"
        r"going to|would) (?:\w+ )?(?:kill|murder|hurt) (?:me|us|my)\b",
        r"\b(?:hell|shell|he will|she will|theyll) (?:kill|hurt) me\b(?: \w+){0,8} (?:gun|knife|weapon)\b",
    ],
    # Someone coming into the person's room or bed at night (not a small child after a nightmare).
    "unwanted night visits": [
        r"\b(?:comes?|coming|came|walks?|walking|barges?|barging|gets?|getting|climbs?|climbing) into (?:my|"
        r"the) (?:room|bed|bedroom|bathroom|shower)\b(?: \w+){0,5} (?:at night|when im|while im|when i am)\b",
    ],
    # Harm from others: violence, sexual abuse, coercion, stalking.
    "harm from others": [
        r"\b(?:said|says|told me|tells me|threatened|threatens|keeps saying|swore|swears|"
        r"promised)\b(?: \w+){0,8} (?:hell|shell|theyll|he will|she will|they will|he would|she would|hed|shed|"
        r"going to|would) (?:\w+ )?(?:beat|hit|stab|shoot|break|smash|batter|strangle|choke|bury|burn|drown) (?:me|"
        r"us|my)\b",
        r"\b" + _ABUSER + r" (?:\w+ )?(?:hits?|hitting|beats?(?= me\b(?! (?:at|in|to)\b))|beating|punch(?:es|ed|ing)|"
        r"slap(?:s|ped|ping)|chok(?:es|ed|ing)|strangl(?:es|ed|ing)|shov(?:es|ed|ing)|burn(?:s|ed|t)|push(?:es|ed|"
        r"ing)(?= me\b(?! (?:to|into|too|harder|away)\b))|kick(?:s|ed|ing)(?= me\b(?! out\b))|"
        r"hurts?(?= me\b(?! (?:that|when|to|how|so|more|deeply|the most)\b))|hurting|rap(?:es|ed|ing)|molest(?:s|ed|"
        r"ing)|abus(?:es|ed|ing)|touch(?:es|ed|ing)(?= me\b(?! (?:with|deeply|so)\b))|grop(?:es|ed|ing)|locks?|"
        r"locked|locking) me\b",
        r"\b(?:been|keeps?|started|is|was|are) (?:hitting|beating|choking|strangling|hurting|touching|raping|abusing|"
        r"kicking|punching|slapping|locking) me\b",
        r"\block(?:s|ed|ing)? me (?:in|up|out)\b",
        r"\b(?:put|puts|held|holds|pressed|presses|pushed) (?:a |the |his |her )?(?:pillow|hands?|bag|"
        r"plastic bag) (?:over|on|against) my (?:face|mouth|head|nose)\b",
        r"\bkeep (?:it|this|us|our \w+) (?:a )?secret from (?:my|your) (?:parents|mum|mom|dad|family)\b",
        r"\b" + _ABUSER + r" (?:\w+ )?(?:threw|throws|pushed|pushes|shoved|dragged|drags) me (?:down|against|across|"
        r"into|onto|out of|off|through)\b",
        r"\b" + _ABUSER + r" (?:\w+ )?(?:watches|watched|films|filmed|photographs?) me (?:shower|undress|change|get "
        r"changed|in the (?:shower|bath)|naked|sleep)\w*\b",
        r"\bthreaten(?:s|ed|ing)? (?:me )?(?:to|that) (?:post|share|send|leak|kill|hurt|spread|release|stab|shoot|"
        r"batter|burn)\b",
        r"\b(?:knife|gun|blade|weapon|scissors) (?:to|against|at) my (?:throat|head|neck|face|chest)\b",
        r"\b(?:said|says|told me|threatened|swore)(?: \w+){0,6} (?:make sure i|ill|i will|id|i would) (?:regret|pay|"
        r"be sorry)\b",
        r"\b" + _ABUSER + r" (?:\w+ )?keeps? (?:turning|showing) up (?:at|outside) (?:my|the)\b",
        r"\b(?:sends|sent|sending|keeps sending) me (?:death )?threats\b|\bthreatening (?:messages|texts|calls|"
        r"voice ?notes)\b|\b(?:turned|turning|turns|showed|shows) up (?:at|outside) my (?:window|door|house|flat|"
        r"work)\b(?: \w+){0,3} (?:last night|at night|again|uninvited)\b",
        r"\b" + _ABUSER + r"\b(?: \w+){0,8} (?:touch(?:es|ed|ing)|grop(?:es|ed|ing)|molest\w*|rap(?:es|ed)|abus(?:es|"
        r"ed)) me\b(?! (?:with|deeply|so)\b)",
        r"\b(?:forced|forces|forcing) (?:himself|herself|themselves) (?:on|onto) me\b|\bmakes? me sit on (?:his|"
        r"her) lap\b",
        r"\b(?:burn|set fire to|blow up|lock)\b(?: \w+){0,4} with (?:me|us|the kids|my \w+) (?:in|inside)\b",
        r"\b(?:put|puts|had|has|wrapped|squeezed) (?:his|her|their|both) (?:hands?|arms?|"
        r"belt) (?:a)?round my (?:neck|throat)\b|\b(?:grabbed|squeezed|held|gripped) (?:me by )?(?:my|the) (?:neck|"
        r"throat)\b",
        r"\b" + _ABUSER + r" (?:\w+ )?(?:broke|has broken|fractured|bruised|burned|burnt|scalded|split) my (?:arm|nose|"
        r"wrist|ribs?|jaw|fingers?|leg|face|eye|lip)\b|\b" + _ABUSER + r" (?:\w+ )?(?:throws?|threw|throwing) "
        r"(?:\w+ ){0,2}at me\b",
        r"\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be|of being) (?:back )?home\b",
        r"\b(?:dont|do not) (?:feel )?safe (?:at|in my own|going) home\b|\bnot safe (?:at|in my own) home\b",
        r"\b(?:dont know|nowhere|no where|need somewhere|trying) (?:where )?to hide\b|\bhiding from (?:him|her|them|"
        r"my)\b",
        r"\b" + _ABUSER + r" (?:\w+ ){0,8}(?:follows|following|followed|stalks|stalking|waits for|waiting for) me\b",
        r"\b(?:teacher|coach|uncle|man|he|she|adult|older|tutor|leader)\b(?: \w+){0,8} (?:(?:its|it is|this is|"
        r"keep (?:it|this)) (?:our|a) (?:little |special |own )?secret|(?:dont|not to) tell (?:anyone|your (?:mum|"
        r"mom|dad|parents)))\b",
        r"\b(?:made|makes|make|making|forces?|forced|forcing) me (?:to )?(?:do|have|watch|touch|send) (?:stuff|"
        r"things|something|it|sex|pictures|sexual)\b|\bsexual (?:things|stuff) (?:to|with) me\b",
        r"\b(?:asked|asking|asks|wants|wanted|told) me (?:to )?(?:send|for) (?:him |her )?(?:some )?(?:nudes|naked|"
        r"private (?:photos|pictures|pics)|(?:photos|pictures|pics|selfies) of (?:me|myself)|sexy \w+)\b",
        r"\b(?:or|otherwise) (?:my (?:family|mum|mom|dad|\w+)|you|your family|someone|i|we) (?:will|would|ll|"
        r"is going to|are going to) (?:get hurt|be hurt|pay|die|be killed)\b",
        r"\b(?:keep it (?:a )?secret|not (?:to )?tell anyone) or\b",
        r"\bnot allowed to (?:eat|leave|see|go out|have my phone|sleep|talk to)\b(?: \w+){0,4} unless\b|"
        r"\b(?:following|followed|follows|stalking) me\b(?: \w+){0,10} (?:knows? where i|home|sleep|live)\b|"
        r"\bknows where i (?:sleep|live)\b",
        r"\b(?:keeps|has|got) a (?:gun|knife|rifle) (?:\w+ ){0,3}(?:and|because|to) (?:\w+ ){0,3}(?:threaten|kill|"
        r"hurt)",
        r"\b(?:sexually )?(?:assaulted|raped|molested|abused) me\b",
    ],
}

# Concepts that are a crisis only together (see _EN_COMBOS). Each is a small idea, not a sentence.
_PLACE = _any(_HIGH_PLACE, _RAIL, r"pier", r"harbour wall")
_EN_CONCEPTS: dict[str, str] = {
    # dying and acting on it
    "death": r"\b(?:die|dying|dead|death|suicide|suicidal|kill myself|not (?:be )?alive|never wake up|end it|"
             r"end my life|gone for good|be gone|over soon|my funeral)\b",
    "method": r"\b(?:jump|overdose|hang|drown|rope|noose|pills|tablets|razor|blade|bridge|cliff|train|tracks|bleach|"
              r"gun|rifle|platform|roof|ledge|belt|ligature|cord|cable|scarf)\b",
    "do it": r"\b(?:(?:go|going|get) through with it|do(?:ing)? it (?:again|properly|for real|this time|tonight)|"
             r"try(?:ing)? again|finish (?:it|the job)|(?:nearly|almost) did it|next time i (?:wont|might not|"
             r"will not|am not going to|m not going to|dont|not going to|wouldnt) (?:swerve|stop|open|pull|call|"
             r"hesitate|back out|chicken out|fail)|listen this time|actually do it|finally do it|finally know how|"
             r"have a way|found a way|make (?:that|it) happen|properly this time|(?:working|work|build\w*|get\w*|"
             r"find\w*|got|have|had) up (?:the )?(?:courage|nerve)|(?:the )?(?:courage|nerve|guts) to (?:do it|jump|"
             r"go through))\b",
    "letting go": r"\b(?:let|letting) go(?=$| now| tonight| for good| of (?:life|everything|it all))",
    "euphemism": r"\b(?:let go(?=$| for good| of (?:life|everything|it all))|give up on (?:life|everything|living)|"
                 r"stop fighting(?=$| it| anymore| this)|check(?:ing)? out(?= for good)|leave this world|(?:its|"
                 r"it is) (?:all )?over for me\b(?! (?:at|in|on|with|here)\b)|go to sleep for good|"
                 r"not be here (?:anymore|any more|much longer))\b",
    "plan made": r"\b(?:how and when|(?:written|worked|figured) (?:out |down )?(?:exactly )?(?:how|the details)|"
                 r"(?:now that |now )?i know (?:how|when|where)$|know (?:exactly )?(?:how|when|where)(?: and (?:how|"
                 r"when|where))? (?:im going to|ill|i will|to) do it(?=$| (?:now|already|tonight|soon))|(?:have|"
                 r"got) a plan(?=$| and (?:a|the) (?:date|time|means|place))|(?:chosen|picked|decided on) (?:the|"
                 r"a) (?:date|day|time|place)$|(?:the|my) plan is\b(?: \w+){0,3} (?:pills|tablets|overdose|rope|"
                 r"noose|jump\w*|bridge|train|gun|knife|razor|hang\w*|drown\w*|vodka)|decided (?:\w+ ){0,3}(?:when|"
                 r"where|how) ill (?:finally )?(?:do it|take (?:them|the \w+)|go through))\b",
    "past attempt": r"\b(?:tried|attempted) (?:to )?(?:\w+ ){0,2}(?:overdose|kill myself|hang|end (?:my life|it)|"
                    r"suicide|jump|drown)|\bmy (?:last |previous |first )?(?:attempt|overdose)\b",
    "time": r"\b" + _TIME + r"\b",
    # the state of mind around it
    "despair": r"\b(?:cant do (?:this|it) (?:any ?more|much longer)|cant go on|cant take (?:it|this|any ?more)|"
               r"done fighting|had enough|no way out|hopeless|giving up|given up on (?:everything|life)|nothing left|"
               r"im (?:so )?done$|done with (?:everything|it all)|cant cope|tired of fighting|no point)\b",
    "distress": r"\b(?:laid off|los(?:t|ing) (?:my|the) (?:job|house|home|flat|everything|kids|business)|fired|"
                r"sacked|failed|fail(?:ing)? my|debt|debts|debt collectors|bailiffs|cant pay|bankrupt|evicted|dumped|"
                r"broke up|left me|divorce|funeral|died|passed away|diagnos\w*|bad news|todays news|the news today|"
                r"after (?:today|the news|what happened)|cant go on|cant cope|cant take (?:it|this)|hopeless|"
                r"no way out|cant see any way|nothing left|ruined|falling apart|lost everything)\b",
    "wish it stopped": r"\b(?:want|need|wish) (?:it|everything|this|the noise|my head|the pain|"
                       r"my life)(?: all)? (?:to )?(?:stop|end|be quiet|be over|go quiet|go away)\b(?! (?:being|"
                       r"raining|snowing|for a|so)\b)|\bwant (?:it|this|everything|it all|"
                       r"my life) (?:all )?(?:to be )?over\b(?! with)",
    "my life": r"\b(?:my life|living|being alive|existing)\b",
    "bare ending": r"\b(?:im|i am|ill|i will|im going to|going to) end(?:ing)? (?:it|it all|things|everything)$",
    "bare stop": r"\b(?:we|i|ill|well) (?:stop|end it|end this)$",
    "bare time": r"^(?:tonight|tomorrow|today|this weekend|soon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
    "rejoin the dead": r"\b(?:(?:ill|i will|going to|be) be with (?:her|him|them|my \w+|mum|dad) (?:soon|again|"
                       r"forever)|see (?:her|him|them|my \w+) again soon|join (?:her|him|them|my \w+)(?: soon)?$)\b",
    "bereavement": r"\b(?:funeral|died|passed away|passed|death|grave|lost (?:her|him|my \w+)|since (?:she|"
                   r"he) (?:died|went|passed))\b",
    # means
    "medication": r"\b" + _MEDS + r"\b",
    "quantity question": r"\bhow (?:much|many)\b(?: \w+){0,5} (?:take|enough|would it|does it|it would)\b",
    "enough": r"\b(?:theres|its|now|finally|nearly|almost|is|be) enough$|\b(?:nearly|almost|finally) enough\b|"
              r"\benough (?:now|to do it|to die|to kill|to make sure|to not wake up|to end it)\b|\benough$",
    "bulk medication": r"\b(?:bought|buy|buying|got|getting|order\w*|picked up) (?:\w+ ){0,6}(?:all the|every|loads of|"
                       r"lots of|a lot of|boxes of|packets of|several (?:boxes|packets)|\d+ (?:boxes|packets)|as many)"
                       r"(?: of)? (?:\w+ )?" + _MEDS + r"\b",
    "hoarding": r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|collecting) (?:up |away )?(?:them|it|"
                r"these|those)\b",
    "method research": r"\b(?:reading (?:up )?about|researching|researched|googl\w*|looking up|looked up|searching|"
                       r"read about) (?:\w+ ){0,2}(?:carbon monoxide(?! (?:alarms?|detectors?))|exhaust fumes|helium|"
                       r"charcoal|poisons?|hanging|drowning|overdos\w*|ligatures?)\b",
    "local": r"\b(?:near (?:me|here|\w+)|around here|in (?:town|the city|my area|my town)|local|nearby|closest)\b",
    "heading to a place": r"\b(?:going|heading|on my way|driving|walking|off) (?:up |out |down )?to (?:the |a )?"
                          r"(?:" + _HIGH_PLACE + r"|" + _RAIL + r"|woods|river|sea|beach)\b",
    "dont find me": r"\b(?:dont|do not) (?:try to |bother trying to |bother to )?(?:find|look for|stop|save|"
                    r"come after|call|follow) me\b",
    "not long now": r"\b(?:it )?(?:wont|will not) be long now\b|\bnot long (?:now|left)\b",
    "roof access": r"\b(?:(?:get|go|climb) (?:on|onto|up (?:on|to)|up onto) the roof|roof access|access to the roof|"
                   r"unlocked roof)\b",
    "site choice": r"\b(?:best|right|perfect|quietest|highest|tallest) (?:spot|place|point|location|height|side)\b",
    "researching": r"\b(?:looked up|look up|looking up|googl\w*|researched|researching|reading (?:up )?about|read up|"
                   r"searched|searching|checked|checking|found out)\b",
    "drastic act": r"\bdo (?:something|anything) (?:stupid|drastic|silly|permanent|final|i cant take back|dangerous)\b",
    "control": r"\b(?:(?:wont|doesnt|dont|never) let(?:s)? me (?:leave|see (?:anyone|my friends|my family|people)|"
               r"have (?:my own )?(?:money|phone|a phone)|eat|sleep|talk to (?:anyone|people))|"
               r"takes? (?:all )?my (?:phone|money|keys|passport|wages|bank card)|checks my phone|tracks my (?:phone|"
               r"location)|(?:not allowed|never allowed) to (?:leave|see|go out|have))\b",
    "alcohol": r"\b(?:vodka|whisky|whiskey|wine|gin|rum|alcohol|booze|drunk)\b",
    "means placed": r"\b(?:rope|hose|hosepipe|noose|gun|rifle|pills|tablets|blades?|razors?|"
                    r"knife)\b(?: \w+){0,4} (?:in|into|under) (?:the|my) (?:boot|car|bag|drawer|pocket|mattress|"
                    r"pillow|room|bed)\b|\bput the (?:hose|hosepipe|rope)\b|\bhid(?:den)? (?:a |the |my )?(?:knife|"
                    r"blade|razor|pills|tablets|rope)\b",
    "means acquired": r"\b(?:bought|got|ordered|have|ive got) (?:a |the |some )?(?:rope|noose|hose|hosepipe|charcoal|"
                      r"duct tape)\b|\b(?:bought|got|have|ive got) (?:everything|what|all) (?:i|that i) need\b",
    "asked for photos": r"\bask\w* (?:me )?(?:to )?(?:send|for) (?:him |her )?(?:some )?(?:photos|pictures|pics|"
                        r"selfies)\b",
    "minor": r"\bim (?:1[0-5]|[89])\b|\b(?:1[0-5]|[89]) (?:years old|yo|yrs)\b",
    "adult stranger": r"\b(?:man|guy|older|adult|stranger|met online|hes (?:[2-9]\d))\b",
    "means held": r"\b(?:with|holding|have|got|grabbed|picked up) (?:a |the |my )?(?:blade|razor(?: blade)?|knife|"
                  r"pills|rope|gun|noose)\b",
    "helpless": r"\b(?:dont know what to do|scared (?:of )?what (?:ill|i might)|cant stop myself|help me|please help|"
                r"dont trust myself)\b",
    "waiting for a chance": r"\b(?:waiting|wait) (?:for|until|till) (?:everyone|they|my \w+|the house|"
                            r"them) (?:to )?(?:go to bed|goes? to (?:bed|sleep)|(?:is|are|s) (?:asleep|out|gone)|"
                            r"leave)\b",
    "need courage": r"\b(?:just )?(?:need|needs|needed|waiting for|find|finding|getting|get|working up|"
                    r"build\w* up) (?:the )?(?:courage|nerve|guts)(?=$| to (?:do it|go through|jump|end))",
    "wont be there": r"\b(?:i )?(?:wont|will not|am not going to|not going to) be (?:there|around|here)$",
    "future cancelled": r"\b(?:(?:nobody|no one) (?:needs? to|has to|should) (?:come|buy|get|plan|book|save)|(?:dont|"
                        r"no need to) (?:buy|get|plan|book|save) (?:me )?(?:a |any )?(?:present|gift|ticket|place|"
                        r"seat))\b",
    "permanent fix": r"\b(?:going to|gonna|will|ill|want to|about to) (?:fix|solve|sort|end|deal with) (?:it|this|"
                     r"that|the problem|everything|things) (?:permanently|for good|forever|once and for all)\b",
    "use it": r"\b(?:going to|will|ill|gonna|about to|want to|ready to) use (?:it|them|this|that)\b",
    "means noun": r"\b(?:razor|blades?|knife|pills|tablets|rope|gun|noose|belt)\b",
    "withholding": r"\b(?:dont ask (?:what for|why)|nothing (?:else )?to say|just in case|you dont need to know|"
                   r"never mind|nevermind|for when (?:it gets|i need|things get|i decide)|when the time comes|"
                   r"in case i need|asking for (?:reasons|a reason|no reason)|no reason|dont ask)\b",
    "depth question": r"\bhow (?:deep|cold|fast|strong)\b(?: \w+){0,6} (?:water|river|reservoir|lake|quarry|sea|"
                      r"canal|current)\b",
    "height site question": r"\b(?:which|what|where|any)\b(?: \w+){0,6} " + _HIGH_PLACE + r"\b(?: \w+){0,6} "
                            r"(?:highest|tallest|high enough|no (?:fences?|barriers?)|without (?:fences?|barriers?))|"
                            r"\b(?:highest|tallest) " + _HIGH_PLACE + r"\b|\b(?:higher|taller|highest|tallest|high "
                            r"enough)\b(?: \w+){0,5} " + _HIGH_PLACE + r"\b",
    "train question": r"\b(?:trains?|express)\b(?: \w+){0,8} (?:without stopping|doesnt stop|dont stop|non ?stop|"
                      r"fast|express|through the station)\b",
    # places
    "danger place": r"\b" + _any(_PLACE, r"edge of (?:the |a )?(?:platform|cliff|roof|bridge|building|car park|"
                                         r"quarry|tracks)", r"woods?") + r"\b",
    "at a danger place": r"\b(?:im|i am|sitting|standing|sat|stood|here|parked|been) (?:right )?(?:\w+ )?(?:at|on|by|"
                         r"near|under|over) (?:the |a )?(?:top of (?:the |a )?|edge of (?:the |a )?)?" + _PLACE + r"\b",
    "drawn to a place": r"\b(?:(?:looking|staring|gazing|peering) (?:at|down|over)|(?:sitting|standing|stood|sat|sit|"
                        r"stand|lean\w*|perch\w*) (?:\w+ ){0,2}(?:at|on|near|by|over|close to|"
                        r"next to) (?:the )?(?:\w+ )?(?:edge|top|railing)|one last time|longer than i should|"
                        r"all night|for hours|every (?:night|day|evening)|(?:drive|driving|drove|walk|walking|go|"
                        r"going|went) (?:out |down |up )?(?:to|past|up to) (?:\w+ ){0,4}(?:at night|alone|on my own)|"
                        r"keep (?:driving|walking|going) (?:out |down |up )?(?:to|past|back)|(?:working|work|"
                        r"build\w*) up (?:the )?(?:courage|nerve))\b",
    # harm to others
    "revenge": r"\b(?:(?:make|making) (?:him|her|them|my \w+|that \w+|the \w+) pay" + _NOT_BILL + r"|(?:theyll|"
               r"theyre going to|hell|shell|he will|she will|they will) (?:all )?(?:pay" + _NOT_BILL + r"|regret (?:it|"
               r"this))|(?:need|needs|deserve|deserves) to pay" + _NOT_BILL + r"|find out what it feels like|get what "
               r"(?:hes|shes|theyve|theyre|s) (?:got )?coming|get (?:my )?revenge|teach (?:him|her|them) a lesson|"
               r"make (?:\w+ ){1,4}(?:suffer|sorry|regret it))",
    "weapon": r"\b(?:knife|knives|gun|guns|rifle|shotgun|pistol|weapon|machete|bat|acid|petrol|bomb|something (?:to|"
              r"into|in) school)\b",
    "target known": r"\b(?:know where (?:he|she|they) (?:lives?|parks?|works?|sleeps?|goes)|what time (?:he|she|"
                    r"they) (?:leaves?|gets?|finishes|arrives)|know (?:exactly )?who(?:s| is) (?:first|next))\b",
    # farewell and affairs in order
    "farewell act": r"\b(?:(?:after|when|once) im gone(?! (?:on|for|to|from)\b)|(?:after|when|once) i (?:die|"
                    r"am dead)|thank(?:s| you) for (?:being there|all your help|everything)|"
                    r"sorry for (?:all )?(?:the )?(?:trouble|pain|hurt|mess|grief) (?:ive|i have|i) caused|"
                    r"said (?:what i (?:needed|wanted|had) to say|everything i (?:needed|wanted) to)|(?:wrote|"
                    r"written|writing|left|leaving) (?:a |some |my )?(?:letters?|notes?) (?:to|for) (?:my |"
                    r"the )?(?:\w+ )?(?:mum|mom|dad|parents|family|sister|brother|kids|children|wife|husband|partner|"
                    r"everyone|friends?|son|daughter|boyfriend|girlfriend)|said (?:my )?goodbyes|goodbye|"
                    r"sent everyone (?:a |my )?(?:\w+ )?(?:message|text)|thank(?:s| you) for (?:trying|everything)|"
                    r"(?:its )?not your fault(?=$| what| whatever| im| i\b)|dont worry about me(?: anymore|"
                    r" any more)?(?=$| i| ive| im)|sorry for (?:everything|being (?:such )?a (?:problem|burden))|"
                    r"i loved (?:you|them|her|him)|remember me|(?:last|final) (?:message|time ill)|(?:saying|"
                    r"said) sorry to everyone|apologi[sz]\w* to everyone|sent (?:my )?(?:\w+ ){0,2}(?:a )?(?:long |"
                    r"last |final )?(?:message|letter|text) (?:telling|to say|saying)|(?:none of (?:it|this)|"
                    r"it) (?:was|is|wasnt|isnt|was never) (?:her|his|your|their|anyones) fault)\b",
    "affairs": r"\b(?:(?:you|he|she|they) can (?:have|keep) (?:all )?my \w+|(?:made|making) arrangements for (?:the|"
               r"my) (?:dog|cat|kids|pets?|children)|(?:please |can you |will you )(?:look after|take care of|feed|"
               r"walk) my (?:dog|cat|pets?|kids|children|fish|rabbit|plants)|(?:wrote|written|updated|made|finished|"
               r"sorted|did|doing|writing) (?:out )?(?:my|a) (?:\w+ )?will|(?:got |have )?my will (?:is |"
               r"s )?(?:sorted|done|written|ready|updated|signed|finished|in order)|(?:cat|dog|pets?|kids|children|"
               r"rabbit|fish|savings|money|things|stuff|belongings|car|flat) (?:is|are) going to (?:my|her|his|"
               r"their)|(?:written|wrote) it (?:all )?down for (?:him|her|them|you|my)|(?:gave|give|giving|"
               r"given) (?:away )?(?:all )?(?:my|all my|away my) \w+|gave (?:\w+ ){1,3}to my|gave away|giving away|"
               r"(?:arranged|arranging|made sure|asked|sorted) (?:\w+ ){0,4}(?:to )?(?:take|have|look after|go to|"
               r"feed) (?:\w+ ){0,3}(?:dog|cat|pets?|kids|children|fish|rabbit|hamster)|(?:kids|children|dog|cat|"
               r"pets?) (?:will )?go to|rehom\w* (?:my|the|our) (?:dog|cat|pets?)|who (?:will|is going to|would|"
               r"should i) (?:feed|look after|take care of|walk|have|leave) (?:the|my) (?:fish|cat|dog|pets?|kids|"
               r"children|plants|rabbit)|whoever (?:takes|has to|will|finds|gets)|cancel(?:led|ling)? (?:all |"
               r"everything|my (?:phone|contract|gym|subscriptions?|accounts?|insurance|lease))|"
               r"paid off (?:what i owe|my debts|everything|(?:all )?my (?:\w+ )?(?:credit cards?|debts?|loans?|"
               r"overdraft))|closed (?:all )?my (?:\w+ )?accounts?|emptied (?:all )?my (?:\w+ )?accounts?|"
               r"(?:transferred|moved|given) (?:all )?my (?:money|savings) to|tying (?:things|everything|it all) up|"
               r"tying up|(?:left|leaving|leave) (?:my )?(?:dog|cat|pets?|kids|children|keys) with (?:my |the )?\w+|"
               r"(?:deleted|deleting|wiped|wiping) everything (?:online|off my phone)|unfollowed everyone|"
               r"deactivated (?:all )?my|so (?:nobody|no one|they dont) (?:gets?|is|has|have|are|will be) (?:stuck|"
               r"left)|sort(?:ing|ed)? out the last|last bits|loose ends|affairs in order|(?:deleted|"
               r"deleting) (?:all )?my (?:social media|accounts|profiles?|photos)|tidying (?:\w+ )?so|clear(?:ed|"
               r"ing)? out my (?:flat|room|house|things)|(?:bank details|passwords?|pin numbers?|"
               r"account details)\b(?: \w+){0,4} (?:in|with) (?:the|my|a) (?:\w+ )?(?:folder|drawer|envelope|box|"
               r"file)|passwords?\b(?: \w+){0,8} (?:drawer|envelope|folder)|(?:everything|it all)(?:s| is)? in (?:an|"
               r"the) envelope|left instructions|instructions for|(?:leaving|left|leave) (?:everything|"
               r"all my (?:things|stuff|money)) to|who (?:gets|will get|should get|is getting|can have) (?:my|"
               r"all my)|(?:its|everything(?:s| is)) (?:all )?written down|paid (?:off )?(?:all )?my (?:bills|rent|"
               r"debts)(?: \w+){0,4}|left (?:the|my) (?:keys|spare key) with)\b",
    "finality mark": r"\b(?:(?:be )?(?:away|gone) for (?:a (?:very )?long time|good)|(?:itll|it will|this will|"
                     r"everything will) (?:all )?(?:stop|end|be over) soon|found (?:a|the|my) way out$|wont (?:need|"
                     r"be needing)|(?:wont|will not) be (?:listening to|using|wearing|playing|reading|driving|"
                     r"needing) (?:it|them|this|that|these) (?:anymore|any more|again)|no (?:use|need) for (?:them|"
                     r"it)|where im going|for good|(?:doesnt|dont|wont) know (?:why|it) yet|"
                     r"(?:just )?dont know it yet|where (?:theyll|they will|they|he|she|hell|shell) (?:find|"
                     r"will find)|whoever (?:has to|takes|finds|will)|so (?:nobody|no one) (?:gets?|is)|"
                     r"if i dont (?:reply|answer|come back|wake up|make it|respond)|after (?:this week|tonight|"
                     r"tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend)|much longer|last bits|"
                     r"no return|one last|everythings? (?:ready|arranged|sorted|in order)|im \d\d\b|"
                     r"wont hear from me|what happens next|doesnt matter (?:now|anymore)|wont matter|"
                     r"(?:none of (?:this|it)|nothing) (?:will )?matters?|wont be (?:around|here|alive) to|(?:more|"
                     r"better) use (?:for|of) (?:it|them|these|those) than (?:me|i (?:will|do|ever))|(?:leaving|left|"
                     r"leave) everything to|(?:wont|will not|not going to) (?:need|be needing|be using|use) (?:this|"
                     r"the|you|your) ?(?:app|help|service|chat|sessions?)? ?(?:anymore|again|after (?:today|"
                     r"tonight))|(?:dont want|so) (?:anyone|nobody|no one|them) (?:to )?(?:has to |"
                     r"have to )?(?:deal with|sort out|clear up|clean up)|if anything (?:happens|"
                     r"should happen) to me|not like ill (?:need|use|want)|(?:soon|after \w+) (?:she|he|they|you|"
                     r"nobody) (?:wont|will not|wont ever|will never) have to)\b",
    "burden": r"\b(?:burden|a problem|deserve (?:better|more|someone better) than me|in (?:their|everyones|the) way|"
              r"drag (?:them|everyone) down|waste of space|(?:cope|manage|be fine|be better|be happier) without me|"
              r"without me)\b",
    "few days left": r"\b(?:just|only) (?:a few|a couple|two|three|\d+) (?:more )?(?:days|hours|weeks)\b|"
                     r"\bmuch longer\b|\b(?:out of (?:their|your|everyones|the) way|gone|over|not (?:be )?(?:here|"
                     r"around)) soon\b",
    # a decision, or readiness, with nothing named
    "bare decision": r"\b(?:(?:ive|i have|i)(?: finally)? (?:decided|made (?:my|the|a|up my) (?:decision|choice|"
                     r"mind))|made (?:my|our) peace(?: with it| with (?:everything|dying|death|leaving|going))?|"
                     r"made up my mind|made my mind up|mind is made up|(?:chosen|picked|set) (?:the|a) (?:date|day|"
                     r"time)|(?:its|it is|thats) (?:been )?decided)(?: now)?(?=$| (?:theres no|there is no|"
                     r"no going back|i feel (?:calm|at peace|lighter)|its final)\b)",
    "bare ready": r"\b(?:im|i am|i feel|i think im|feel|feeling) (?:so |finally |totally |completely |"
                  r"just )?(?:ready|prepared)(?: to go)?(?: now)?$",
    "calm after deciding": r"\b(?:calm|relief|relieved|peace|peaceful|at peace|first time in|ready|sorted|"
                           r"no going back|final|settled|light|lighter)\b",
    "arranged": r"\b(?:got|have) everything (?:ready|sorted|prepared|i need)\b|\b(?:everything|it all|all)(?: is|"
                r"s)? (?:arranged|ready|sorted|planned|in place|in order|set)(?: now)?$|\bsorted by then\b|"
                r"\b(?:just )?need to wait (?:for|until|till)\b|\ball be over\b",
}
_EN_COMBOS: list[tuple[str, tuple[tuple[str, ...], ...]]] = [
    # an unnamed act ("do it", "let go") with what it refers to: a method, a time, a past attempt
    ("intent to act", (("do it",), ("death", "method", "past attempt", "means placed", "means acquired",
                                    "danger place"))),
    ("past attempt and intent", (("past attempt",), ("do it", "time"))),
    ("plan with a time", (("plan made",), ("time", "death", "method", "calm after deciding", "bare ready"))),
    ("ending in other words", (("euphemism",), ("time", "despair", "death", "farewell act", "method"))),
    ("letting go", (("letting go",), ("despair", "death", "farewell act", "finality mark"))),
    ("wish for life to stop", (("wish it stopped",), ("my life",))),
    ("ending with a time", (("bare stop",), ("time",))),
    ("ending it in despair", (("bare ending",), ("despair", "death", "time", "farewell act", "burden",
                                                 "wish it stopped"))),
    ("wish to join the dead", (("rejoin the dead",), ("bereavement", "despair", "death", "time"))),
    # means asked about, gathered or set up, with bad news, despair or secrecy
    ("means after bad news", (("depth question", "height site question", "train question", "quantity question",
                               "means acquired", "means placed", "bulk medication", "method research"),
                              ("distress", "wish it stopped", "withholding", "death", "despair", "alcohol"))),
    ("means in medication", (("medication",), ("quantity question", "enough", "hoarding"))),
    ("researching means", (("train question", "depth question", "height site question", "quantity question"),
                           ("researching", "withholding"))),
    ("highest place nearby", (("height site question",), ("local", "roof access"))),
    ("on the way to a high place", (("heading to a place",), ("dont find me", "death", "despair", "farewell act",
                                                               "finality mark"))),
    ("not long now", (("not long now",), ("calm after deciding", "death", "despair", "farewell act", "burden"))),
    ("do not look for me", (("dont find me",), ("time", "farewell act", "death", "despair", "method"))),
    ("choosing a site", (("site choice",), ("danger place",), ("researching", "drawn to a place", "time", "despair"))),
    ("drastic act", (("drastic act",), ("time", "despair", "death", "method"))),
    ("means with intent", (("use it",), ("means noun",))),
    ("absent from what is coming", (("wont be there",), ("future cancelled",))),
    ("a permanent fix", (("permanent fix",), ("burden", "despair", "death", "wish it stopped"))),
    ("courage for an arranged end", (("need courage",), ("arranged", "means noun", "method", "death", "time",
                                                         "farewell act"))),
    ("holding means in distress", (("means held",), ("helpless", "despair", "death", "waiting for a chance"))),
    ("grooming", (("asked for photos",), ("minor", "adult stranger"))),
    ("waiting for a chance", (("waiting for a chance",), ("farewell act", "means noun", "death", "plan made"))),
    ("coercive control", (("control",), ("control",))),
    ("means set up", (("means placed",), ("danger place", "time", "distress", "withholding", "despair"))),
    # drawn to a high place or railway, or there now in despair
    ("drawn to a high place", (("danger place", "at a danger place"), ("drawn to a place",))),
    ("despair at a high place", (("at a danger place",), ("despair", "death", "wish it stopped", "distress",
                                                          "euphemism", "do it"))),
    ("depth at a high place", (("depth question",), ("danger place",))),
    # revenge with a weapon, a target or a time
    ("harm to others", (("revenge",), ("weapon", "target known", "time", "plan made"))),
    # farewells, affairs in order, burden with an ending, a decision with calm
    ("farewell and affairs", (("farewell act", "affairs"), ("finality mark", "farewell act", "death", "burden",
                                                           "despair"))),
    ("affairs put in order", (("affairs",), ("affairs",))),
    ("burden and ending", (("burden",), ("few days left", "death", "finality mark", "farewell act"))),
    ("decision made", (("bare decision",), ("calm after deciding", "death", "bare time", "wish it stopped",
                                            "few days left", "bare ready", "finality mark", "despair"))),
    ("everything arranged", (("arranged",), ("calm after deciding", "need courage", "time", "farewell act",
                                             "finality mark", "few days left", "death",
                                             "bare ready"))),
    ("ready and arranged", (("bare ready",), ("bare time", "arranged", "death", "finality mark", "farewell act"))),
]

# Contexts of the whole message that can set a signal aside (see _EN_SET_ASIDE).
_ROLES = (r"(?:nurse|doctor|gp|teacher|pharmacist|paramedic|social worker|counsellor|therapist|psychologist|"
          r"psychiatrist|volunteer|researcher|trainee|peer supporter|support worker|supporter|carer|medic|clinician|"
          r"midwife|youth worker|police officer|lecturer|tutor|coroner|toxicologist)")
_EN_CONTEXTS: dict[str, str] = {
    # talk about suicide from a distance: media, history, games, teaching and care work
    "distance": r"\b(?:documentary|film|movie|show|series|episode|book|novels?|story|poem|song|lyrics|album|essay|"
                r"13 reasons why|storyline|hamlet|to be or not to be|chorus|coursework|"
                r"history|historical|(?:the|on the) news (?:said|says|about|reported|that)|news (?:about|report|story)|"
                r"article|podcast|true crime|singer|rapper|actor|actress|celebrity|game|plot|villain|detective|"
                r"scene|chapter|book club|character|fiction|"
                r"prevention|awareness|training|course|lesson|module|template|warning signs|safety plan|helpline|"
                r"(?:as an?|im an?) (?:\w+ ){0,2}" + _ROLES + r"|(?<!the )" + _ROLES + r" (?:here|asking|question|shift)|"
                r"(?:my|our) (?:patients|clients|students|pupils|class)|patients|clients|i teach|i volunteer|"
                r"(?:medical|med|nursing|pharmacy|psychology|psych|social work) (?:students?|exams?|course|"
                r"degree|school|placement|"
                r"undergrad\w*|postgrad\w*)|clinical assessment|"
                r"student here|dissertation|"
                r"thesis|(?:research|overview) papers?|studying for|toxicology|pharmacology)\b",
    # suicide or overdose as a subject of study or work: sets aside the plain words only, never a sign in
    # the person's own voice ("my stats homework is due but I won't be here on Monday")
    "subject of study": r"\b(?:(?:stats|statistics|english|history|psych|sociology) (?:homework|hw|coursework|"
                        r"class|project|assignment)|"
                        r"coursework|suicide (?:rates?|statistics|barrier|net|prevention)|rates by|data sources?|"
                        r"werther effect|durkheim|(?:paper|a talk|lecture|workshop|seminar|project) "
                        r"(?:for|on|about)|present on|simulation|protocol|registrar|resident|(?:er|ae|icu|ed|ward) "
                        r"(?:doctor|nurse|team)|reporter|journalist|medical examiner|murder mystery|dnd|d and d|"
                        r"music therapy|nomogram|means restriction|revision|revising for|first aid|antidote|"
                        r"naloxone|narcan|"
                        r"resus|on shift|every shift|liaison team|research project|crime writer|"
                        r"risk assessment|rotation|refresher|presentation|syllabus|(?:statistics|stats) (?:by|for|on)|"
                        r"data by|by (?:region|state|country|age)|themes? in|teaching|i train|slide|"
                        r"patient safety|coroner reports?|research assistant)\b",
    # recovery told in the past...
    "recovery": r"\b(?:years? ago|last year|used to|as a (?:teen|teenager|kid|child)|when i was (?:younger|\d+|"
                r"a teen\w*)|\d+ years since|years since|since my|back then|in recovery|recovered|clean for|"
                r"doing (?:really )?well|how far ive come|\w+ (?:years|months) since my|peer support|"
                r"im \d+ now|in my (?:teens|twenties|thirties)|"
                r"(?:been )?well for (?:\w+ )?(?:years|months)|got through it|back when|turning point|"
                r"on the other side of it|"
                r"free (?:from|of) (?:\w+ ){0,2}for (?:\w+ )?(?:years|months)|"
                r"(?:havent|have not) (?:done it|\w+ed|\w+ myself) (?:\w+ )?in (?:\w+ )?(?:years|months)|old scars|"
                r"stronger than ever|(?:clean|free|sober) (?:from|of) (?:\w+ ){0,2}(?:for|since)|"
                r"(?:years|months) (?:clean|free|sober) (?:from|of)|(?:years|months) sober|now (?:\d+|"
                r"in my \w+) and|and thriving)\b",
    # ...unless something says the risk is present again
    # (not "today I'm happily married", "still here", "back then", "I want to say I'm proud of you")
    "present risk": r"\b(?:again|this time|next time|lately|recently|tonight|right now|still(?! here| be here|"
                    r" alive| standing| have (?:the|my) "
                    r"scars| talk)|"
                    r"urges?|(?<!used to )want to(?! (?:say|tell|thank|share|celebrate|remind))|"
                    r"thinking (?:about|of) (?:doing|it)|"
                    r"relaps\w*|back(?! then| when)|starting to|cant stop|every night|yesterday|last night|going to|"
                    r"today(?!\W+(?:\w+\W+){0,3}(?:happ\w*|grateful|proud|thriving|doing (?:really )?well|married|"
                    r"realised|celebrat\w*|talked|shared|spoke|graduated|grand\w*|volunteer\w*|peer|nurse|mum|mom|"
                    r"dad|proud|help\w*|i wear|wanted to say|sharing|finished|completed|ran|social worker|"
                    r"qualified|work as)))(?<!well today)\b",
    # a jump, a height or deep water that is sport or an outing
    "leisure": r"\b(?:battle royale|fortnite|warzone|call of duty|bungee|cliff (?:jump\w*|div\w*)|skydiv\w*|"
               r"parachut\w*|diving board|trampoline|respawn|game|"
               r"pool|swim\w*|charity|plane|paddle\w*|kayak\w*|coasteering|abseil\w*|zip ?line|photos?|sunset|picnic|"
               r"hike|hiking|view with|tour|camp\w*|fishing|surf\w*|sail\w*|holiday|fireworks|watch the|canyon|"
               r"the view|views|sightseeing|school trip|tradition|with (?:my )?(?:mates|friends)|for fun|dare)\b",
    # an ordinary reason for giving things away or arranging care: a move, a new job, a baby
    "benign reason": r"\b(?:moving|move|emigrat\w*|new job|retir\w*|charity|charity shop|declutter\w*|wardrobe|"
                     r"spring clean\w*|holiday|vacation|travelling|traveling|abroad|wedding|baby|married|mortgage|"
                     r"solicitor|estate planning|outgrown|upgrade|colleagues|card for|on the neighbourhood|"
                     r"neighbourhood group|selling|sold|old clothes|old bike|trip to|allerg\w*|cremat\w*|burial|"
                     r"funeral (?:plan|wishes)\w*|estate|debt free|budgeting|credit card|power of attorney|"
                     r"living will|advance (?:decision|care plan|directive)s?|dnr|comfort care|palliative team|"
                     r"legal aid)\b",
    # an ordinary departure or ending: a trip, exams, a shift, a joke
    "ordinary departure": r"\b(?:see you|see ya|back (?:on|in|next|soon|after)|catch up|new job|retir\w*|leaving do|"
                          r"moving|move|moves|moved|leavers|graduat\w*|last day|end of (?:term|year)|battery|"
                          r"(?:phone|laptop) (?:is |s )?(?:about to|going to|nearly) (?:die|dead)|holidays?|vacation|"
                          r"trip|flight|flying|fly|camping|festival|abroad|travel\w*|mountains|wifi|signal|offline|"
                          r"exams?|term|semester|shifts?|deadline|emigrat\w*|the vet|vets? says?|off to (?:uni|"
                          r"university|college)|(?:his|her|their|grandpas?|"
                          r"grandads?|grans?|nans?|grandmas?|mums?|moms?|dads?) funeral|grief counsell?or|"
                          r"switching (?:numbers|phones)|new number|leaving (?:this|the|our|"
                          r"my) (?:\w+ ){0,2}(?:group|chat)|lol|haha\w*|ha|working|for now|talk (?:tomorrow|"
                          r"soon|"
                          r"later)|speak soon|ttyl|visiting|staying with|going away for (?:the|a) (?:weekend|week|"
                          r"few days)|feeling (?:much )?better|doing (?:much )?better|when im (?:fully )?better|"
                          r"until next|interview|surgery|operation|treatment|party|match|resign\w*|"
                          r"(?:ending|end of) (?:my|the|our) lease|lease (?:ends|is up)|"
                          r"leaving (?:my|the) (?:job|country|army|band|choir|club|team|company)|"
                          r"goodbye (?:cards?|email|party|drinks|post)|childhood home|new owners|the sale|"
                          r"(?:for|as) a (?:digital )?detox|time ?capsule|vet (?:appointment|visit)|keys back|"
                          r"nursery|daycare|"
                          r"childminder|leaving for (?!good\b)\w+|masters|degree|council flat|new flat|"
                          r"new house|put down|put\w* (?:\w+ ){0,3}to sleep|"
                          r"joining the army|end of an era|palliative|hospice|airport|visa|deadname|new name|"
                          r"therapy exercise|(?:my )?therapist (?:had|asked|suggested|got) (?:me|us)|"
                          r"(?:my )?therapist says i should|at the station|drop ?off|"
                          r"leaving drinks|(?:(?:my|our|the) (?:work |job |teaching |fixed term |temp |"
                          r"employment )?contract|job|role|post|placement|funding) ends|forever home|all clear|"
                          r"\w+ years clear|"
                          r"assessment|starting (?:a|my) (?:new|own) \w+|own business|keys go back|tenancy|"
                          r"letting agent)\b",
    # ...and a visit to a high place is no outing when it is the last one
    "last visit": r"\b(?:one last time|for the last time)\b",
    # ...unless the trip is one with no return
    "no return": r"\b(?:no return|one way|for good|forever(?! home)|never (?:coming|be) back|not coming back|"
                 r"wont be (?:coming )?back)\b",
    # ordinary travel and errands: waiting on a platform, pills packed for a trip or for gran
    "ordinary errand": r"\b(?:waiting for (?:a|the|my) (?:\w+ )?(?:train|bus|tram)|delayed|running late|(?:was|"
                       r"is) late|late again|im late|closed for (?:repairs|works|maintenance)|roadworks|"
                       r"diversion|detour|to see if the train|cancelled|commut\w*|my train|the train to|"
                       r"for (?:my |the |our |his |her )?(?:gran|grandma|grandad|nan|mum|mom|dad|trip|holiday|"
                       r"camping|work|school|kids|dog|garden|friend)\b|(?:kids|children) (?:cant|can not) reach)\b",
    # ordinary use of a tool or a firearm: a farm, a kitchen, a barbecue
    "ordinary use": r"\b(?:farm|pests?|vermin|hunting|shooting (?:club|range|season)|clay pigeons?|licen[cs]ed|deer|"
                    r"cooking|cook (?:with|dinner|tea)|making (?:dinner|tea|lunch|food)|chopp\w*|recipe|vegetables|"
                    r"hammock|washing line|clothes ?line|dispos\w+|knife skills|cookery class|cooking class|"
                    r"tarp|the load|haul|lorry|trailer|barbecue|bbq|treehouse|tree house|swing|pulley|sailing|"
                    r"climbing|tent|allotment|pruning|harness|arborist)\b",
    # a question of general knowledge, not of a place to die
    "trivia": r"\b(?:quiz|trivia|fun fact|record|geography|homework|project|tourists?|in the world|in europe|"
              r"in the uk)\b",
    # a dosing question, not a lethality one
    "dosing": r"\b(?:(?:can|should|could) (?:i|you|we|he|she|they) (?:safely )?(?:take|have|give)|i can take|"
              r"you can take|alongside|after (?:her|his|my|the) (?:\w+ )?operation|"
              r"safe (?:dose|amount|to take|limit|for)|safely|in a day|per day|a day|daily|maximum|max|"
              r"recommended|for (?:a |my |the )?(?:headache|back|pain|period|cold|flu|fever|toothache|migraine|"
              r"cramps)|with food|together|interact\w*)\b",
    "benign substance": r"\b(?:caffeine|coffee|vitamin \w+|vitamins|water|salt|sugar|carrots?|chocolate|"
                        r"energy drinks?|tea|iron|fish oil|nutmeg)\b",
    "named medication": r"\b" + _MEDS + r"\b",
    "lethal outcome": r"\b(?:die|dying|dead|kill|lethal|fatal|deadly|not wake up|never wake up|overdose|enough to|"
                      r"liver failure|organ failure|stop my heart)\b",
    # play between people, not violence
    "playful": r"\b(?:toys?|pillow fight\w*|with (?:a )?pillows?|pillows? at me|play ?fight\w*|playing|tickl\w*|"
               r"snowballs?|water (?:fight|balloons?|pistol)|nerf|joking|jokingly|as a joke|by accident|accidentally|"
               r"dodgeball|pranks?)\b",
    # a trivial cause for a threat ("he'll kill me if I use his Xbox")...
    "trivial": r"\b(?:lol|haha\w*|lmao|jk|joking|late|xbox|playstation|game|homework|room|tidy|chores|leftover\w*|"
               r"ate my|touch(?:es)? my|ghost\w*|mario ?kart|board game|werewol\w*|silent treatment|seating chart|"
               r"spoil\w*|finale|birthday cake|"
               r"borrow\w*|used (?:his|her|their|my) \w+|ate (?:his|her|their) \w+|secret lol|grades?|exams?)\b",
    # ...unless the threat comes from a partner, where it is never taken as a figure of speech
    "intimate partner": r"\b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee)\b",
    # a small child seeking comfort at night
    "child comfort": r"\b(?:little (?:brother|sister)|younger (?:brother|sister)|toddler|my (?:son|daughter|kids?|"
                     r"baby)|nightmares?|bad dreams?|thunder|storm|scared of the dark|the (?:dog|cat))\b",
    # a mishap, not self-harm...
    "accident": r"\b(?:accident\w*|by mistake|shaving|cooking|chopping|ironing|baking|slipped|tripped|fell|gym|"
                r"football|rugby|training|playing|lifting|running|climbing|on the (?:oven|stove|hob|pan|kettle|tray|"
                r"iron|door))\b",
    # ...unless it was meant
    "deliberate": r"\b(?:on purpose|deliberately|intentionally|deserve|again|every (?:night|day)|until|want|"
                  r"so it hurts|to feel|punish|when (?:it gets|im|i get|i feel) (?:bad|upset|angry|sad|stressed|low)|"
                  r"keep|kept|been|cant stop|with (?:a |the )?(?:lighter|cigarettes?|razor|blade|knife|hot|iron|"
                  r"scissors)|(?:where|so) (?:nobody|no one) (?:can )?sees?|deep|deeper|relaps\w*|slash\w*|slit\w*|"
                  r"carv\w*|stitches|scars?)\b",
    # a joke or a trivial cause about hurting someone...
    "hyperbole": r"\b(?:lol|haha\w*|jk|joking|kidding|for (?:\w+ing|being|eating)|if (?:you|he|she|they|i) \w+|"
                 r"(?:he|she|they) (?:ate|spoiled|spoilt|took|broke|borrowed) (?:my|the last)|leftover\w*|finale|"
                 r"at (?:\w+ )?(?:kart|fifa|chess|cards|monopoly|scrabble|tennis|football|pool|darts|games?|match|"
                 r"quiz))\b",
    # a joke about a weapon: laughter or an absurd instrument ("I'll stab her with a fork lol")
    "joking": r"\b(?:lol|haha\w*|lmao|jk|joking|kidding|with (?:a |my |her |his )?(?:fork|spoon|cooking|"
              r"terrible cooking|singing|jokes|puns))\b",
    # ...unless something says it is meant
    "meant": r"\b(?:i mean it|im serious|not joking|no joke|seriously|knife\w*|gun\w*|rifle\w*|weapon\w*|know where|"
             r"plan|tonight)\b",
}
# reason -> (contexts that set it aside, contexts that keep it anyway)
_EN_SET_ASIDE: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    # reason: ((context that sets it aside, (contexts that keep it anyway)), ...)
    "method with intent": (("leisure", ()),),
    "at a dangerous place": (("leisure", ()),),
    "self-harm": (("accident", ("deliberate",)),),
    "threat to kill or hurt": (("hyperbole", ("meant",)),),
    "harm to others": (("joking", ("meant",)),),
    "lethality question": (("dosing", ("lethal outcome",)), ("benign substance", ("named medication",))),
    "means in medication": (("dosing", ("lethal outcome",)),),
    "means after bad news": (("leisure", ()), ("dosing", ("lethal outcome",))),
    "researching means": (("leisure", ()), ("dosing", ("lethal outcome",))),
    "drawn to a high place": (("leisure", ("last visit",)), ("ordinary errand", ())),
    "on the way to a high place": (("leisure", ()), ("ordinary errand", ())),
    "highest place nearby": (("leisure", ()), ("trivia", ())),
    "do not look for me": (("playful", ()), ("ordinary departure", ("no return",))),
    "means set up": (("leisure", ()), ("ordinary errand", ()), ("benign reason", ())),
    "means at hand": (("ordinary use", ()), ("leisure", ())),
    "means with intent": (("ordinary use", ()),),
    "holding means in distress": (("ordinary use", ()),),
    "depth at a high place": (("leisure", ()),),
    "drastic act": (("ordinary departure", ()),),
    "harm from others": (("playful", ()), ("child comfort", ())),
    "unwanted night visits": (("child comfort", ()),),
    "threatened by someone": (("playful", ("meant", "intimate partner")), ("trivial", ("meant", "intimate partner")),
                              ("joking", ("meant",))),
    "farewell": (("ordinary departure", ("no return",)), ("benign reason", ("no return",))),
    "finality": (("ordinary departure", ("no return",)), ("benign reason", ("no return",))),
    "everything arranged": (("ordinary departure", ("no return",)),),
    "plan with a time": (("ordinary departure", ("no return",)), ("benign reason", ("no return",))),
    "ending in other words": (("ordinary departure", ("no return",)),),
    "decision made": (("ordinary departure", ("no return",)), ("benign reason", ("no return",))),
    "farewell and affairs": (("ordinary departure", ("no return",)), ("benign reason", ("no return",))),
    "affairs put in order": (("benign reason", ()),),
    "being a burden": (("benign reason", ("no return",)),),
}
# What a distance or a past recovery may set aside: never a first-person statement of one's own.
_EN_DIRECT = frozenset({"suicidal statement", "self-harm", "method with intent", "not safe", "harm to others",
                        "at a dangerous place", "threat to kill or hurt", "threatened by someone", "harm from others",
                        "unwanted night visits", "means at hand", "farewell note"})
_EN_PAST = frozenset({"self-harm", "method with intent", "suicidal statement", "past attempt and intent",
                      "means at hand", "being a burden"})

_EN_CAUTION: dict[str, str] = {
    "hopelessness": r"\b(?:hopeless|no way (?:out|forward)|cant (?:see (?:things|it|a way|any way|the point)|go on|"
                    r"take (?:it|this|much more)(?: anymore)?)|nothing (?:will )?(?:ever )?(?:get better|change)|"
                    r"whats the point|(?:doesnt|dont|cant) see the point|pointless|no future|given up|(?:tired|"
                    r"sick) of (?:trying|everything|fighting)|(?:scared|afraid) (?:its|it is|it will|"
                    r"it)s? never (?:going to )?change|(?:dont|cant) see things getting better|trapped|feels? (?:so |"
                    r"completely |totally )?(?:useless|pointless|meaningless)|no point (?:in )?(?:trying|anything)|"
                    r"(?:cant|how (?:much )?longer i can) keep going|without me)\b",
    "not coping": r"\b(?:cant cope|not coping|falling apart|struggling|barely (?:function|cope|coping|holding)|"
                  r"burn(?:t|ed) out|breaking down|cant hold it together|overwhelmed|breaking point|"
                  r"end of my (?:rope|tether)|just surviving|exhausted from pretending|pretending (?:im|"
                  r"to be) (?:fine|ok)|broken|dont know how to fix|cant get out of bed|missed (?:\w+ )?days)\b",
    "sleep or eating": r"\b(?:havent (?:eaten|slept)|not (?:eaten|slept|eating|sleeping)|cant (?:eat|sleep|"
                       r"face food)|skipping meals|(?:stopped|barely) eating|\d+ hours (?:sleep|a night)|"
                       r"wake up shaking|thoughts race|racing thoughts|insomnia|not hungry)\b",
    "panic": r"\b(?:panic\w*|cant breathe|chest (?:gets )?(?:so )?tight|heart (?:was )?giving out|threw up|"
             r"throwing up|shaking|heart attack)\b",
    "numbness": r"\b(?:numb|(?:feel|feeling|so|completely) empty|empty inside|feel nothing|like a ghost|zone out|"
                r"dissociat\w*|cant remember what i did|through glass|grey and heavy|heavy and pointless|(?:feels?|"
                r"is|so) heavy|lost interest|no interest|drowning)\b",
    "self-hatred": r"\b(?:hate myself|worthless|disgusting|(?:feel|am|im|feel like|felt like) (?:such |so |a |an |"
                   r"complete |total |completely |totally |utter |like )*(?:failure|useless|pathetic|loser|"
                   r"disappointment|waste of space)\b(?! at (?!everything|life|all)\b)|"
                   r"everyone (?:secretly )?hates me|nobody (?:would (?:want|like|care)|cares|likes me|wants me|"
                   r"loves me)|alone forever|a burden|deserve (?:it|this|to suffer|to hurt|nothing)|"
                   r"punish(?:ing)? myself)\b",
    "using to cope": r"\b(?:drinking (?:alone|every|to|a bottle|most)|bottle of (?:wine|vodka|gin)|blackout drunk|"
                     r"(?:smoking|drinking|using|gambling|taking pills)(?: \w+){0,5} (?:to (?:cope|get through|"
                     r"switch|stop thinking|feel something|forget|numb|sleep)|every (?:night|day)|from the moment)|"
                     r"pills to (?:sleep|wake up)|getting out of hand|to cope)\b",
    "withdrawal": r"\b(?:stopped (?:answering|replying|seeing|talking)|cant bring myself|havent (?:spoken|"
                  r"talked) to anyone|isolat\w*|crying|cried|cant stop crying)\b",
    "wanting to escape": r"\b(?:disappear|run away|switch (?:my|off my) brain off|not exist for|pause everything|"
                         r"escape)\b",
    "trauma or loss": r"\b(?:flashbacks?|nightmares|jump at every|miscarriage|(?:dog|cat|mum|dad|mom|father|mother|"
                      r"wife|husband|partner|friend|brother|sister|son|daughter|grandma|grandad|baby) (?:died|"
                      r"passed)|since the (?:funeral|divorce|accident)|grie(?:f|ving)|bereave\w*)\b",
    "unsafe surroundings": r"\b(?:dont feel safe|not safe|on edge at home|shouts and slams|walking on eggshells)\b",
    "worried about someone": r"\b(?:worried about (?:him|her|them|my (?:\w+ )?(?:friend|mate|sister|brother|son|"
                             r"daughter|mum|mom|dad|partner|boyfriend|girlfriend|husband|wife|child|kid))|(?:she|he|"
                             r"they)(?:s| is| has| have)? (?:been )?(?:cutting|self harming|hurting (?:herself|"
                             r"himself|themselves)|starving (?:herself|himself)|suicidal)|"
                             r"posted something (?:really )?dark|said (?:she|he|they) wanted to die|isnt answering|"
                             r"(?:scared|worried|afraid) (?:that )?my (?:\w+ )?(?:friend|sister|brother|mum|mom|dad|"
                             r"son|daughter|partner) (?:is going to|will|might) (?:hurt|harm|kill) (?:herself|"
                             r"himself|themselves)|(?:keeps|kept) saying (?:she|he|they) (?:wants?|"
                             r"wanted) to (?:disappear|die|give up|not be here|end it))\b",
    "low mood": r"\b(?:depressed|depression|low mood|mood (?:has been|is|s) (?:really |so |very )?low|miserable|"
                r"down all the time|so down|really down|not okay|not ok|im not (?:doing )?(?:well|great)|no energy|"
                r"no motivation|lost (?:all )?(?:my )?motivation|cant be bothered (?:with|to do) anything|giving up|"
                r"give up on (?:everything|myself)|no future|(?:dont|cant) (?:really )?see (?:a|any) future|"
                r"everything (?:feels|is) too much|too much (?:right now|to handle)|cant concentrate|head is a mess|"
                r"cant think straight|havent (?:showered|washed|left (?:the|my) (?:house|room|bed))|falling apart|"
                r"hate (?:who|what) ive become|ashamed of myself|cant look (?:at myself )?in the mirror|(?:so|really|"
                r"very|completely) alone|lonely|nobody (?:ever )?(?:calls|texts|visits)|cry(?:ing)? myself to sleep|"
                r"in tears|fading away|no one notices|nobody notices|(?:black|dark|grey) cloud|sleeping all day|"
                r"sleep all day|(?:still )?(?:feel|so|constantly) exhausted|cant remember the last time i (?:felt|"
                r"was) (?:happy|okay|ok|good|myself)|(?:everything|life|it) (?:is|feels|s) (?:so |really )?dark|"
                r"alone with my thoughts|(?:cant|cannot|couldnt|havent been able to|struggl\w* to) get out of bed)\b",
    "anxiety or panic": r"\b(?:(?:so|really|very|constantly) anxious|anxious all the time|sick all the time|"
                        r"heart (?:races|racing|keeps racing)|racing heart|cant calm down|anxiety (?:is|has been|"
                        r"s) (?:so |really )?(?:bad|awful|terrible|unbearable)|cant leave the house|"
                        r"havent left the house|agoraphobi\w*|panic attacks?)\b",
    "eating or substances": r"\b(?:drink\w* (?:in the mornings?|first thing|before work)|barely eat\w*|hardly eat\w*|"
                            r"lost (?:so much|loads of|a lot of) weight|hate my body|hate how i look|binge\w*|"
                            r"make myself (?:sick|throw up)|purg\w*|throw(?:ing)? up after|cocaine|coke|ketamine|"
                            r"mdma|pills to feel|high every|drunk every|drinking every|drink every|"
                            r"pulling (?:my )?hair out)\b",
    "trauma": r"\b(?:assault\w*|abused as|ptsd|trauma\w*)\b",
    "controlling partner": r"\b(?:checks my phone|jealous (?:and|when)|controls? (?:my|what i)|wont let me (?:see|go|"
                           r"leave))\b",
    "asking for help": r"\b(?:might have|think i have|think ive got) (?:depression|anxiety|an eating disorder|ptsd|"
                       r"bipolar)\b|\bdont know who to (?:talk|turn) to\b",
    "struggling without support": r"\b(?:therapist is (?:on holiday|away|off)|without (?:our|my) sessions)\b",
}


# Checks of one hit against its own words (used by _plausible below).
_EN_HIT_CHECKS: dict[str, str] = {
    # a pause is not a wish to die: "I'd like to not exist for a week or two" (looks after the hit)
    "temporary": r"^ (?:\w+ )?(?:for (?:a (?:while|bit|week|few|couple|day|night|month|weekend)|a week or two|"
                 r"(?:\w+ )?(?:days|weeks|hours)|now)|until (?:monday|tomorrow|the weekend))",
    # an ordinary purpose stated for a means: "rope for the tent", "rope to tie the sofa on" (after the hit)
    "purpose": r"^ (?:(?:\w+ ){0,2})?(?:(?:for (?:the|my|our|a|some|climbing|camping)\b(?! (?:few|couple|while|bit|"
               r"long|bad|rainy|dark|worst|\w+ (?:days|weeks|months|years))\b))|to (?:tie|hold|secure|fix|pull|tow|"
               r"lift|strap|put up|make a swing|hang (?:the|a|up|out|pictures|washing)))",
    # a harming verb on a body part ("cut my arm"), as opposed to "cut myself" or "razor against my skin":
    # it must be the person's own act and meant ("deliberate" context), as people burn their hands by accident
    # a softener before a feeling keeps it ordinary: "a bit low", "slightly lonely" (looks before the hit)
    "softened": r"\b(?:a bit|a little|slightly|somewhat|kinda|kind of|bit of a)(?: \w+)?$",
    "verb on body": r"\w+ my (?:own )?(?!(?:wrists?|thighs?|stomach|throat|hips?)$)\w+$",  # sites rarely hurt by chance
    # the words just before such a verb when the person does it ("i cut my arm"; not "the cat scratched my arm")
    "own act": r"(?:^|\b(?:i|im|ive|id|ill|me|myself|been|keep|kept|started|start|again|to|and|then|just|always|"
               r"still|also|even|sometimes|often|was|am|will|want|dont|didnt|would|could|or|until|by|of|from|about|"
               r"stop|stopped|cant|n|so|after|when|because) )$",
    # ...unless it was plainly meant: "burned my hand on the hob on purpose"
    "on purpose": r"\b(?:on purpose|deliberately|intentionally)\b",
    # a knock against a thing, not a blow: "hit my head on the cupboard" (after the hit)
    "against a thing": r"^ (?:on|against) (?:the|a|an|my) (?!wall\b)",
}
# Reasons whose actor matters: "she wants to die" is a worry about someone else. The others name the
# person as object ("better off without me", "he hits me"), or, like a lethality question, are asked
# with a generic "you"; they need no check of who speaks.
# Distress is screened in the person's own voice: "you" is the inner self spoken to in a comfort reply;
# some caution reasons are about others by nature; someone else's hopelessness is still a worry.
_EN_INNER_YOU = frozenset("you youre youve youll youd your".split())
_EN_CAUTION_ABOUT_OTHERS = frozenset({"worried about someone", "controlling partner", "unsafe surroundings", "trauma"})
_EN_CAUTION_SIGNS_IN_OTHERS = frozenset({"hopelessness", "self-hatred"})
_EN_VOICED = frozenset({"suicidal statement", "self-harm", "method with intent", "means at hand", "farewell",
                        "at a dangerous place",
                        "finality", "future given up", "not safe", "harm to others", "threat to kill or hurt"})


TABLES = dict(
    spellings=_EN_SPELLINGS, figurative=_EN_FIGURATIVE, first=_EN_FIRST, other=_EN_OTHER,
    negators=_EN_NEGATORS, crisis=_EN_CRISIS_RULES, concepts=_EN_CONCEPTS, combos=_EN_COMBOS,
    contexts=_EN_CONTEXTS, set_aside=_EN_SET_ASIDE, direct=_EN_DIRECT, past=_EN_PAST, caution=_EN_CAUTION,
    hit_checks=_EN_HIT_CHECKS, voiced=_EN_VOICED, inner_you=_EN_INNER_YOU,
    caution_about_others=_EN_CAUTION_ABOUT_OTHERS, caution_signs_in_others=_EN_CAUTION_SIGNS_IN_OTHERS,
)
