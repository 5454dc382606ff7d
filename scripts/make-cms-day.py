#!/usr/bin/env python3
"""Writes two example days of a Child Maintenance centre (see each file's description):

  scenarios/cms-day.json     a normal weekday
  scenarios/strike-day.json  the same centre on a strike day: about half the caseworkers out,
                             cold transfers allowed (an emergency day), callers more patient
                             and more of them ringing again

Usage: make-cms-day.py [cms-day|strike-day ...]   (no argument: write both)

Edit the numbers here and run it again rather than editing the JSON by hand."""
import json, math, os, sys

def profile(peak, n=40, shape="client"):
    # morning peak ~10:00, lunch dip, afternoon shoulder, taper to 18:00
    vals=[]
    for i in range(n):
        h=8+i/4
        m = 0.35 + 0.65*math.exp(-((h-10.25)/1.4)**2) + 0.35*math.exp(-((h-14.5)/1.6)**2) - 0.12*math.exp(-((h-12.75)/0.5)**2)
        if h>=17: m*= (18-h)/1.2+0.2
        vals.append(round(peak*m,1))
    return vals
breaks_early=[{"reason":"Break","start":"10:00","duration":"15m","spread":"1h"},
              {"reason":"Lunch","start":"12:00","duration":"30m","spread":"1h30m"},
              {"reason":"Break","start":"14:30","duration":"15m","spread":"45m"}]
breaks_late=[{"reason":"Break","start":"12:00","duration":"15m","spread":"1h"},
             {"reason":"Lunch","start":"13:30","duration":"30m","spread":"1h"},
             {"reason":"Break","start":"16:00","duration":"15m","spread":"45m"}]
def named(prefix, n, tl):
    people=[{"staffNumber":f"{prefix}{100+i}","name":f"Caseworker {prefix}{100+i}","teamLeader":tl} for i in range(n)]
    return people
def caseworker_team(tid, seg, cg, staff_prefix, tl_name, early, late):
    return {"id":tid,"segment":seg,"casegroups":cg,
      "shifts":[
        {"start":"08:00","end":"16:00","agents":[{"staffNumber":f"{staff_prefix}001","name":tl_name,"isTeamLeader":True}]+named(staff_prefix,early,tl_name),
         "notReady":breaks_early+[{"reason":"Coaching","start":"15:00","duration":"30m","spread":"30m"}]},
        {"start":"10:00","end":"18:00","agents":named(staff_prefix+"L",late,tl_name),"notReady":breaks_late}]}

def mix(**shares):
    """An outcome mix from keyword shares; the rest of 1 goes to Call Resolved."""
    names={"callback":"Call-back Request","wishes":"Client Wishes to Call Back","lost":"Lost Connection",
           "transferred":"Call Transferred","dwp":"Signposted to DWP Dept","options":"Signposted to Options",
           "other_org":"Signposted to Other Org","escalated":"Unresolved – Escalated",
           "terminated_client":"Call Terminated by Client","terminated_cmec":"Call Terminated by CMEC",
           "bogus":"Bogus Call – Security Report","wrong":"Wrong Number","unavailable":"Client Unavailable",
           "no_answer":"No Answer","engaged":"Line Engaged","vm_left":"Voicemail – Message left",
           "vm_none":"Voicemail – No Message Left"}
    out={}
    rest=1.0
    for k,v in shares.items():
        out[names[k]]=v; rest-=v
    out={"Call Resolved":round(rest,4), **out}
    assert abs(sum(out.values())-1)<1e-9 and out["Call Resolved"]>0.4
    return out

# How outbound calls end (call-backs and activity plans): about half reach the client.
def outbound_mix():
    return mix(no_answer=0.2, engaged=0.05, vm_left=0.1, vm_none=0.04, unavailable=0.05, wrong=0.02,
               callback=0.02, wishes=0.01, escalated=0.02, dwp=0.01, options=0.01, terminated_client=0.01)

def security(lo, hi, fail, report=None):
    # report: the share of failed checks the caseworker reports to SASC, believing the caller is
    # not the client (seed 002); all of them when absent.
    s={"time":{"uniform":{"min":lo,"max":hi}},"failShare":fail}
    if report is not None: s["reportShare"]=report
    return s

def interpretation(share, extra):
    # The Big Word: a minute or three to bring the interpreter on, then everything is said twice.
    return {"share":share,"connect":{"uniform":{"min":"1m","max":"3m"}},
            "extraTalk":{"lognormal":{"mean":extra,"sd":"2m30s"}}}

def transfer(targets, cold):
    t={"targets":[dict(target, share=share) for target,share in targets],"fallback":"gich"}
    if cold: t["cold"]=True
    else: t["consult"]={"lognormal":{"mean":"1m","sd":"30s"}}
    return t

def build(strike):
    # On a strike day about half of the caseworkers and 40 % of GICH and the employer team are
    # out; the team leaders, WLU and the third-party team keep theirs.
    def n(k, kept=0.5):
        return max(1, round(k*kept)) if strike else k
    # Callers on a strike day have heard about it on the news: they wait longer before hanging up.
    def patience(mean):
        return {"exponential":{"mean":mean}}
    p = (lambda normal, strike_day: patience(strike_day if strike else normal))
    cold = strike
    scenario={
     "name": "CMS centre: a strike day" if strike else "CMS centre: a Monday",
     "description": (
       "The weekday of cms-day.json on a strike day (scripts/make-cms-day.py strike-day): the same lines, "
       "IVR, routing, call types and demand, but about half of the caseworkers and 40 % of GICH and the "
       "employer team are out (the team leaders, WLU and the third-party team are in). The day is an emergency "
       "(\"emergency\": \"strike day\"), so transfers are cold: no consultation with the recipient. Callers "
       "who have heard of the strike wait longer before hanging up, and more of those who hang up ring "
       "again; activity plans are suspended and call-backs go to the team, not only the caseworker."
       if strike else
       "One weekday of a Child Maintenance Service centre, 08:00 to 18:00: three client numbers and the "
       "employer number with a morning peak, the team leaders' direct-dial line, the IVR (Welsh Language "
       "Unit, SCIN or ERN/EARN), valid-SCIN callers routed to the caseworker owning their casegroup and "
       "widening to the team, the segment and GICH, named teams on early and late shifts with breaks, "
       "lunches and coaching, a few per cent of calls missed (RONA), idle logout and unscheduled NotReady "
       "time. Every call, inbound or outbound, starts with security questions (1-3 % fail; the failures "
       "are reported to the Security Advice and Support Centre, on payment queries 80 % of them, and the "
       "third in a row for a SCIN adds a bogus caller form) and closes with an outcome (about three quarters Call Resolved; call-back requests, "
       "callers who will ring back, lost connections, warm transfers to another team, segment or caseworker "
       "with GICH as the group of last resort, signposting, escalations); 1-3 % of callers need The Big Word. "
       "Callers who lose the connection, wish to call back, fail security or abandon may ring again; "
       "call-back requests are dialled by the same caseworker within 3 hours, the maintenance teams work "
       "activity plans in the afternoon (1 % of clients suppressed, no-answer and engaged retried), and two "
       "maintenance caseworkers are kept for outbound from 16:00."),
     "seed":2012,"start":"08:00","duration":"10h","interval":"15m",
     "serviceLevel":{"threshold":"20s","target":0.8},"shortAbandon":"5s",
     "rules":{"ronaTimeout":"15s","acwLimit":"10m","idleLogout":"90m"},
     "agentBehaviour":{"answerDelay":{"uniform":{"min":"2s","max":"6s"}},"missProbability":0.03,
       "afterMiss":{"reason":"Non Customer Related Work","duration":{"uniform":{"min":"1m","max":"3m"}}},
       "relogDelay":{"exponential":{"mean":"5m"}},
       "shrinkage":[{"reason":"Customer Related Clerical Work","share":0.05,"meanLength":"8m"},
                    {"reason":"Communications","share":0.02,"meanLength":"10m"},
                    {"reason":"Emotional Break","share":0.01,"meanLength":"5m"}]},
     "segments":[{"id":"maintenance"},{"id":"new-case"}],
     # Callers whose casegroup is orphaned are seen by nobody (seed 003): routed as if their case
     # could not be found, to GICH with a search from a blank screen.
     "routing":{"casegroups":{"orphaned":0.02,"skew":0.2,
       "orphans":{"plan":"gich","search":{"uniform":{"min":"1m","max":"3m"}}}},
      "plans":[
       {"id":"owner-first","priority":1,"goal":{"threshold":"60s"},"steps":[{"after":0,"target":"owner"},{"after":"20s","target":"ownerTeam"},{"after":"1m","target":"ownerSegment"},{"after":"3m","target":{"teams":["gich"]}}]},
       {"id":"gich","steps":[{"target":{"teams":["gich"]}}]},
       {"id":"wlu","priority":1,"steps":[{"target":{"teams":["wlu"]}}]},
       {"id":"employer","steps":[{"target":{"teams":["employer"]}}]},
       {"id":"third-party","steps":[{"target":{"teams":["third-party"]},"skipIfNoneReady":True},{"target":{"teams":["gich"]}}]},
       {"id":"direct-dial","priority":2,"steps":[{"target":{"teams":["team-leaders"]}}]}]},
     # Talk times are the conversation after the security questions, which are drawn separately.
     "callTypes":[
       {"id":"maintenance-enquiry","talk":{"lognormal":{"mean":"5m15s","sd":"3m15s"}},"acw":{"gamma":{"mean":"2m30s","sd":"2m"}},
        "patience":p("3m","5m"),
        "security":security("30s","1m30s",0.02),
        "interpretation":interpretation(0.02,"5m"),
        "outcomes":mix(callback=0.05, wishes=0.03, lost=0.02, transferred=0.05, dwp=0.015, options=0.01,
                       other_org=0.01, escalated=0.03, terminated_client=0.015, terminated_cmec=0.003,
                       bogus=0.002, wrong=0.005),
        "outboundOutcomes":outbound_mix(),
        "transfer":transfer([({"segment":"new-case"},0.3),({"team":"employer"},0.25),
                             ({"segment":"maintenance"},0.3),({"team":"wlu"},0.05),({"agent":"MN101"},0.1)],cold)},
       {"id":"new-application","talk":{"lognormal":{"mean":"8m","sd":"3m45s"}},"acw":{"gamma":{"mean":"3m","sd":"2m30s"}},
        "patience":p("4m","6m"),
        "security":security("45s","1m30s",0.01),
        "interpretation":interpretation(0.03,"7m"),
        # Applications need a call to Child Maintenance Options first: the most signposted.
        "outcomes":mix(callback=0.04, wishes=0.04, lost=0.02, transferred=0.04, dwp=0.01, options=0.05,
                       other_org=0.01, escalated=0.02, terminated_client=0.01, terminated_cmec=0.002,
                       bogus=0.001, wrong=0.005),
        "outboundOutcomes":outbound_mix(),
        "transfer":transfer([({"segment":"maintenance"},0.5),({"team":"employer"},0.2),({"agent":"NC101"},0.3)],cold)},
       {"id":"payment-query","talk":{"lognormal":{"mean":"3m45s","sd":"2m15s"}},"acw":{"gamma":{"mean":"1m30s","sd":"1m"}},
        "patience":p("2m30s","4m"),
        "security":security("30s","1m15s",0.03,0.8),
        "interpretation":interpretation(0.015,"4m"),
        # Deductions from benefit are paid through DWP: signposted there more often.
        "outcomes":mix(callback=0.04, wishes=0.02, lost=0.02, transferred=0.04, dwp=0.03, options=0.005,
                       other_org=0.01, escalated=0.025, terminated_client=0.02, terminated_cmec=0.003,
                       bogus=0.003, wrong=0.005),
        "outboundOutcomes":outbound_mix(),
        "transfer":transfer([({"segment":"maintenance"},0.6),({"team":"employer"},0.3),({"team":"wlu"},0.1)],cold)},
       {"id":"employer-enquiry","talk":{"lognormal":{"mean":"4m30s","sd":"2m15s"}},"acw":{"uniform":{"min":"30s","max":"2m"}},
        "patience":p("4m","6m"),
        # Employers answer general questions about their employer account.
        "security":security("30s","1m",0.01),
        "interpretation":interpretation(0.01,"4m"),
        "outcomes":mix(callback=0.05, wishes=0.02, lost=0.01, transferred=0.03, other_org=0.02, escalated=0.02,
                       terminated_client=0.01, wrong=0.01),
        "outboundOutcomes":mix(no_answer=0.15, engaged=0.08, vm_left=0.1, vm_none=0.02, unavailable=0.06,
                               wrong=0.01, callback=0.03, escalated=0.02),
        "transfer":transfer([({"segment":"maintenance"},0.7),({"team":"third-party"},0.3)],cold)},
       {"id":"emergency","talk":{"lognormal":{"mean":"7m30s","sd":"4m"}},"acw":{"uniform":{"min":"1m","max":"5m"}},
        "security":security("30s","1m",0.01),
        "outcomes":mix(escalated=0.08, callback=0.04, transferred=0.03),
        "outboundOutcomes":mix(no_answer=0.1, vm_left=0.1, unavailable=0.05, escalated=0.05),
        # An emergency caller is never taken back: the caseworker holds them until someone
        # answers (on a normal day; on the strike day the transfer is cold).
        "transfer":dict(transfer([({"segment":"maintenance"},0.7),({"segment":"new-case"},0.3)],cold),
                        **({} if cold else {"whenNobodyAnswers":"keepHolding"}))}],
     "lines":[],
     "teams":[
       {"id":"gich","casegroups":0,"shifts":[
          {"start":"08:00","end":"16:00","agents":[{"staffNumber":"G001","name":"GICH team leader","isTeamLeader":True}]+named("G",n(12,0.6),"GICH team leader"),"notReady":breaks_early},
          {"start":"10:00","end":"18:00","agents":named("GL",n(9,0.6),"GICH team leader"),"notReady":breaks_late}]},
       {"id":"wlu","shifts":[{"start":"08:00","end":"16:00","agents":named("W",2,"WLU team leader"),"notReady":breaks_early},
                              {"start":"10:00","end":"18:00","agents":named("WL",1,"WLU team leader"),"notReady":breaks_late}]},
       {"id":"employer","shifts":[{"start":"08:00","end":"16:00","agents":named("E",n(4,0.6),"Employer team leader"),"notReady":breaks_early},
                                   {"start":"10:00","end":"18:00","agents":named("EL",n(3,0.6),"Employer team leader"),"notReady":breaks_late}]},
       {"id":"third-party","shifts":[{"start":"08:00","end":"16:00","agents":named("T",2,"Third-party team leader"),"notReady":breaks_early},
                                      {"start":"10:00","end":"18:00","agents":named("TL",1,"Third-party team leader"),"notReady":breaks_late}]},
       caseworker_team("maintenance-north","maintenance",2400,"MN","Maintenance North TL",n(10),n(7)),
       caseworker_team("maintenance-south","maintenance",2400,"MS","Maintenance South TL",n(10),n(7)),
       caseworker_team("new-case","new-case",1200,"NC","New Case TL",n(7),n(5)),
       {"id":"team-leaders","leadersTakeCalls":True,"behaviour":{"missProbability":0.1,"afterMiss":"ready","shrinkage":[]},
        "shifts":[{"start":"08:00","end":"18:00","agents":[{"staffNumber":"TL900","name":"Duty team leader","isTeamLeader":True}, {"staffNumber":"TL901","name":"Deputy team leader","isTeamLeader":True}]}]}]}
    client_ivr=lambda segs: {"time":{"uniform":{"min":"20s","max":"50s"}},"branches":[
      {"branch":"welsh","share":0.03,"plan":"wlu"},
      {"branch":"hangUp","share":0.02},
      {"branch":"validScin","share":0.62,"plan":"owner-first","segments":segs},
      {"branch":"invalidScin","share":0.08,"plan":"gich","identification":{"uniform":{"min":"30s","max":"1m30s"}}},
      {"branch":"incompleteScin","share":0.05,"plan":"gich","identification":{"uniform":{"min":"1m","max":"3m"}}},
      {"branch":"noScin","share":0.20,"plan":"gich","identification":{"uniform":{"min":"1m","max":"3m"}}}]}
    scenario["lines"]=[
      {"id":"client-maintenance","kind":"client","callTypes":{"maintenance-enquiry":0.75,"payment-query":0.25},"arrivals":{"perInterval":profile(38)},"ivr":client_ivr(["maintenance"])},
      {"id":"client-new-application","kind":"client","callType":"new-application","arrivals":{"perInterval":profile(12)},"ivr":client_ivr(["new-case"])},
      {"id":"client-payments","kind":"client","callType":"payment-query","arrivals":{"perInterval":profile(16)},"ivr":client_ivr([])},
      {"id":"employer","kind":"employer","callType":"employer-enquiry","arrivals":{"perInterval":profile(10)},
       "ivr":{"time":{"uniform":{"min":"15s","max":"40s"}},"branches":[
         {"branch":"welsh","share":0.02,"plan":"wlu"},{"branch":"hangUp","share":0.02},
         {"branch":"validErn","share":0.58,"plan":"employer"},
         {"branch":"invalidErn","share":0.08,"plan":"employer","identification":{"uniform":{"min":"1m","max":"2m"}}},
         {"branch":"incompleteErn","share":0.05,"plan":"employer","identification":{"uniform":{"min":"1m","max":"2m"}}},
         {"branch":"thirdParty","share":0.2,"plan":"third-party"},
         {"branch":"wrongOption","share":0.05,"plan":"gich"}]}},
      {"id":"team-leader-direct","kind":"directDial","callType":"emergency","arrivals":{"perHour":1.5},"plan":"direct-dial"}]
    if strike:
        scenario["emergency"]="strike day"
        # The maintenance team leader's own number, to voicemail when they do not answer in 20 s.
        scenario["lines"].insert(5,{"id":"maintenance-leader-direct","kind":"directDial","teamLeader":"MN001",
          "callType":"emergency","arrivals":{"perHour":1},"plan":"direct-dial","ringTime":"20s"})
    else:
        # The GICH team leader's own number (seed 002: team leaders keep direct-dial numbers "so
        # that emergency calls can be received"): it rings G001 even in NotReady – Team Leader;
        # unanswered, the call goes on to the team leaders' plan.
        scenario["lines"].insert(5,{"id":"gich-leader-direct","kind":"directDial","teamLeader":"G001",
          "callType":"emergency","arrivals":{"perHour":1},"plan":"direct-dial","whenUnanswered":"plan"})
        # After the 10-minute ACW cut, 80 % of caseworkers put themselves NotReady – Customer Related
        # Clerical Work within two minutes; the others take the next call first.
        scenario["agentBehaviour"]["clericalNotReadyShare"]=0.8
        scenario["agentBehaviour"]["clericalNotReadyDelay"]={"uniform":{"min":"0s","max":"2m"}}
        # MN103 moves team at 11:00: their casegroups are orphaned until local IT recovers them.
        # At noon 5 % of the new-case casegroups reach maintenance in their lifecycle.
        casegroups=scenario["routing"]["casegroups"]
        casegroups["orphanings"]=[{"at":"11:00","caseworker":"MN103","reason":"teamMove",
                                   "recovery":{"uniform":{"min":"2h","max":"4h"}}}]
        casegroups["movements"]=[{"at":"12:00","reason":"lifecycle","share":0.05,"from":"new-case",
                                  "to":"maintenance"}]
        scenario["description"]+=(
          " The GICH team leader has a direct-dial number of their own. Warm transfers nobody answers"
          " within the hold are taken back as call-back requests (emergency callers are held), and"
          " after the 10-minute ACW cut most caseworkers put themselves NotReady for the clerical work."
          " A caseworker's team move at 11:00 orphans their casegroups, seen by nobody until local IT"
          " recovers them (their callers reach GICH after a blank-screen search), and at noon a share"
          " of new-case casegroups moves to maintenance. Advice and Guidance answers in days, so its"
          " requests are still outstanding at the end of the day.")
    # Who rings again, and when.
    scenario["redials"]={
      "Client Wishes to Call Back":{"probability":0.7,"delay":{"exponential":{"mean":"1h30m"}}},
      "Lost Connection":{"probability":0.85,"delay":{"uniform":{"min":"1m","max":"5m"}}},
      "Failed Security Check":{"probability":0.3,"delay":{"exponential":{"mean":"2h"}}},
      "abandoned":({"probability":0.6,"delay":{"exponential":{"mean":"30m"}}} if strike else
                   {"probability":0.4,"delay":{"exponential":{"mean":"20m"}}})}
    if strike:
        scenario["redials"]["Call Terminated by CMEC"]={"probability":0.5,"delay":{"exponential":{"mean":"1h"}}}
    outbound={
      "callBacks":({"due":"4h","by":"team"} if strike else {"due":"3h","by":"caseworker"}),
      "suppressedShare":0.01,
      "dialTime":{"uniform":{"min":"10s","max":"45s"}},
      "noContactAcw":{"uniform":{"min":"20s","max":"1m"}},
      "retry":{"No Answer":{"after":"1h","maxAttempts":3},
               "Line Engaged":{"after":"15m","maxAttempts":3},
               "Voicemail – No Message Left":{"after":"2h","maxAttempts":2}}}
    if not strike:
        # Afternoon activity plans of the maintenance teams, and two of their caseworkers kept for
        # outbound at the end of the day.
        outbound["activityPlans"]=[
          {"team":"maintenance-north","callType":"maintenance-enquiry","perHour":5,"from":"13:30","to":"16:30","due":"2h"},
          {"team":"maintenance-south","callType":"payment-query","perHour":4,"from":"14:00","to":"17:00","due":"2h"}]
        outbound["reserve"]=[{"team":"maintenance-north","agents":1,"from":"16:00","to":"17:30"},
                             {"team":"maintenance-south","agents":1,"from":"16:00","to":"17:30"}]
    scenario["outbound"]=outbound
    add_back_office(scenario)
    if not strike:
        add_service_requests(scenario)
        add_scheduling(scenario)
    return scenario

# The shift templates `ccsim schedule` builds the caseworkers' shifts from (the simulation never
# reads them): full days with two paid breaks and an unpaid lunch, each in its window, and
# part-time shifts with one break; at most 40 GICH caseworkers on shift at once.
def add_scheduling(scenario):
    def rest(reason, length, paid, start, end):
        return {"reason":reason,"length":length,"paid":paid,"window":[start,end]}
    scenario["scheduling"]={
      "templates":[
        {"id":"full-day","length":"8h","earliestStart":"08:00","latestStart":"10:00","startStep":"15m",
         "breaks":[rest("Break","15m",True,"1h30m","3h"),rest("Lunch","30m",False,"3h30m","5h"),
                   rest("Break","15m",True,"5h30m","7h")]},
        {"id":"part-time","length":"4h","earliestStart":"08:00","latestStart":"14:00","startStep":"30m",
         "breaks":[rest("Break","15m",True,"1h30m","2h30m")],"partTime":True,"maxAgents":15}],
      "maxAgents":{"gich":40}}

# The Area Advice Centre (AAC): its five area lines (the procedures' phone numbers), the desk's
# evaluation of an incident, and a team of AAC agents answering all five lines. This centre is
# in the Plymouth area: its teams ring the Plymouth line; the other areas' incidents (and the
# other Plymouth centres') arrive on the lines' own arrivals.
AREAS=[("BEL","Belfast","aac-belfast",2),("NOR","Northern Areas","aac-northern-areas",3),
       ("HAS","Hastings","aac-hastings",2),("PLY","Plymouth","aac-plymouth",1),
       ("LEI","Leicester","aac-leicester",2.5)]
def aac_evaluation():
    return {
      "reject":{"share":0.15,"reasons":{"Required information missing":0.4,"Team leader not consulted":0.25,
                                        "Local IT matter":0.2,"Advice and Guidance matter":0.15}},
      "resolve":{"share":0.35,"success":0.85},
      "callBack":{"share":0.15,"after":{"exponential":{"mean":"2h"}},"talk":{"uniform":{"min":"5m","max":"15m"}},"success":0.8},
      "assign":{"share":0.35,"domains":[
          {"domain":"Design / Procedures","share":0.25,"delay":{"uniform":{"min":"4h","max":"3d"}}},
          {"domain":"Policy","share":0.1,"delay":{"uniform":{"min":"1d","max":"5d"}}},
          {"domain":"Live Service Support","share":0.3,"delay":{"exponential":{"mean":"6h"}}},
          {"domain":"CFAT","share":0.1,"delay":{"uniform":{"min":"1d","max":"3d"}}},
          {"domain":"OED/Customer","share":0.05,"delay":{"uniform":{"min":"1d","max":"4d"}}},
          {"domain":"NAT Lead","share":0.05,"delay":{"uniform":{"min":"1d","max":"3d"}}},
          {"domain":"OMC","share":0.15,"delay":{"exponential":{"mean":"1d"}}}],
        "emailSuccess":0.85,"response":{"uniform":{"min":"5m","max":"20m"}},"respondWithin":"24h"}}
INCIDENT_CALL={"id":"incident","talk":{"lognormal":{"mean":"12m","sd":"5m"}},"acw":{"uniform":{"min":"2m","max":"6m"}}}
def add_back_office(scenario):
    scenario["callTypes"].append(INCIDENT_CALL)
    scenario["lines"]+=[{"id":line,"kind":"aac","callType":"incident","arrivals":{"perHour":rate}}
                        for (_,_,line,rate) in AREAS]
    scenario["teams"].append(
      {"id":"aac","handles":["incident"],"casegroups":0,"shifts":[
        {"start":"08:00","end":"16:00","agents":[{"staffNumber":f"AAC{100+i}","name":f"AAC agent {i+1}"} for i in range(5)],"notReady":breaks_early},
        {"start":"10:00","end":"18:00","agents":[{"staffNumber":f"AACL{100+i}","name":f"AAC agent L{i+1}"} for i in range(4)],"notReady":breaks_late}]})
    ours=[t["id"] for t in scenario["teams"] if t["id"] not in ("team-leaders","aac")]
    scenario["aac"]={"areas":[{"prefix":p,"name":name,"line":line,"teams":(ours if p=="PLY" else [])}
                              for (p,name,line,_) in AREAS],
                     "evaluation":aac_evaluation()}
    # Problems in CMS2012 or BaNCS: a few per caseworker-day, and a share of the calls closed
    # Unresolved – Escalated; most are solved locally before anyone rings AAC.
    scenario["incidents"]={
      "perCaseworkerHour":0.03,"fromEscalated":0.3,
      "local":{"procedures":{"time":{"uniform":{"min":"5m","max":"15m"}},"solves":0.35},
               "colleagues":{"time":{"uniform":{"min":"5m","max":"10m"}},"solves":0.25},
               "teamLeader":{"time":{"uniform":{"min":"10m","max":"20m"}},"solves":0.2},
               # The team leader refers half of the problems that reach A&G to it (the others
               # go on to AAC). A&G answers case-specific requests within five working days,
               # urgent ones in 24 hours: the caseworker raises the SR, parks the problem and
               # returns to it with the answer (none comes within the day).
               "adviceAndGuidance":{"time":{"uniform":{"min":"10m","max":"20m"}},"solves":0.1,
                                    "response":{"referred":0.5,
                                                "caseSpecific":{"uniform":{"min":"1d","max":"5d"}},
                                                "urgentShare":0.1,"urgent":"24h",
                                                "review":{"uniform":{"min":"10m","max":"20m"}}}}},
      "document":{"uniform":{"min":"10m","max":"20m"}},"approval":{"exponential":{"mean":"45m"}}}
    # Last night's case-closure batch: failure reports triaged by HP; the caseworkers' share
    # reaches the maintenance teams through the incident team in the morning.
    scenario["exceptions"]={
      "at":"02:00","reportsPerBatch":30,
      "reasons":{"Transition date not set":0.35,"CSA scheme liability not ended":0.25,
                 "Liability schedules not ended":0.2,"Closure date before transition date":0.2},
      "triage":{"technicalSkip":0.4,"ams":0.25,"caseworker":0.35},
      "amsFixed":0.7,"handOver":{"uniform":{"min":"1h","max":"3h"}},
      "work":{"exponential":{"mean":"20m"}},
      "teams":["maintenance-north","maintenance-south"],
      "reserve":[{"team":"maintenance-south","agents":1,"from":"13:00","to":"14:00"}]}

def add_service_requests(scenario):
    # Service requests (seed 003, Work Allocation), raised around the clock: case owning SRs on
    # the segments' casegroups, worked by each casegroup's owner; functionally unique SRs routed
    # by the post code of the person raised against to a specialist team (here the employer
    # team for England and Scotland, the WLU for Wales), whichever area holds the casegroup.
    scenario["description"]+=(
      " Service requests arise around the clock: case owning SRs worked by the casegroup's owner,"
      " functionally unique SRs by the specialist team of the area the person raised against lives"
      " in, each activity of their plans done in NotReady – Customer Related Clerical Work when no"
      " call waits.")
    scenario["serviceRequests"]={"types":[
      {"name":"Case owning SR","kind":"caseOwning","perDay":72,
       "owningTeams":["maintenance-north","maintenance-south","new-case"],
       "activities":[{"name":"Review the change","work":{"exponential":{"mean":"10m"}}},
                     {"name":"Update the case","work":{"uniform":{"min":"10m","max":"20m"}}},
                     {"name":"Notify the parents","work":"5m"}]},
      {"name":"Functionally unique SR","kind":"functionallyUnique","perDay":24,
       "areas":[{"area":"England and Scotland","share":0.9,"team":"employer"},
                {"area":"Wales","share":0.1,"team":"wlu"}],
       "activities":[{"name":"Gather evidence","work":{"exponential":{"mean":"15m"}}},
                     {"name":"Action the request","work":{"uniform":{"min":"10m","max":"20m"}}}]}]}

files={"cms-day":False,"strike-day":True}
wanted=sys.argv[1:] or list(files)
for name in wanted:
    if name not in files:
        sys.exit(f"make-cms-day.py: unknown scenario {name!r} (cms-day or strike-day)")
    text=json.dumps(build(files[name]),indent=2,ensure_ascii=False)
    path=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','scenarios',name+'.json')
    with open(path,'w') as f: f.write(text+"\n")
