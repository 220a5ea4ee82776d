"""The MIND workflow, wiring only.

START -> intake -> [consent (interrupt: "are you 18 or older?", asked once)] -> trigger -> devil -> guide
guide -> notices (the AI notice, every three hours) -> listen (interrupt)
listen -> patient -> strategist --advance--> trigger | --persist--> devil | --resolve--> closing -> END
intake/consent/listen/safety_check --crisis--> crisis_support -> safety_check (interrupt: "are you safe?")
safety_check --safe--> devil (the practice resumes) | --crisis--> crisis_support | --unsure--> safety_check

`builder` is uncompiled; `graph` is compiled without a checkpointer for `langgraph dev`,
which brings its own. Code that runs sessions compiles `builder` with its checkpointer.
"""

from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from graph.context import MODEL_USERS, Context
from graph.nodes.closing import closing
from graph.nodes.consent import consent
from graph.nodes.crisis_support import crisis_support
from graph.nodes.devil import devil
from graph.nodes.guide import guide
from graph.nodes.intake import intake
from graph.nodes.listen import listen
from graph.nodes.notices import notices
from graph.nodes.patient import patient
from graph.nodes.safety_check import safety_check
from graph.nodes.strategist import after_strategist, strategist
from graph.nodes.trigger import trigger
from graph.offline.comfort_classifier import classifier
from graph.offline.library import library
from graph.prompts import template
from graph.state import InputState, State
from graph.tracing import configure_from_env

configure_from_env()  # LangSmith traces mask user-written text unless the operator opts in

# Read the data files now, at import: nodes run inside an event loop, where file reads would block it.
library()
classifier()
for _agent in MODEL_USERS:
    template(_agent)

builder = StateGraph(State, context_schema=Context, input_schema=InputState)
builder.add_node("intake", intake)
builder.add_node("consent", consent)
builder.add_node("trigger", trigger)
builder.add_node("devil", devil)
builder.add_node("guide", guide)
builder.add_node("notices", notices)
builder.add_node("listen", listen)
builder.add_node("patient", patient)
builder.add_node("strategist", strategist)
builder.add_node("closing", closing)
builder.add_node("crisis_support", crisis_support)
builder.add_node("safety_check", safety_check)

builder.add_edge(START, "intake")
builder.add_edge("trigger", "devil")
builder.add_edge("devil", "guide")
builder.add_edge("guide", "notices")
builder.add_edge("notices", "listen")
builder.add_edge("patient", "strategist")
builder.add_conditional_edges("strategist", after_strategist, ["trigger", "devil", "closing"])
builder.add_edge("closing", END)
builder.add_edge("crisis_support", "safety_check")

graph = builder.compile(name="mind")
