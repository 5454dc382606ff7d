#!/usr/bin/env python3
"""Writes scenarios/cms-day.json: one weekday of a Child Maintenance centre (see its description).
Edit the numbers here and run it again rather than editing the JSON by hand."""
import json, math
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
scenario={
 "name":"CMS centre: a Monday",
 "description":"One weekday of a Child Maintenance Service centre, 08:00 to 18:00: three client numbers and the employer number with a morning peak, the team leaders' direct-dial line, the IVR (Welsh Language Unit, SCIN or ERN/EARN), valid-SCIN callers routed to the caseworker owning their casegroup and widening to the team, the segment and GICH, named teams on early and late shifts with breaks, lunches and coaching, a few per cent of calls missed (RONA), idle logout and unscheduled NotReady time.",
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
 "routing":{"casegroups":{"orphaned":0.02,"skew":0.2},
  "plans":[
   {"id":"owner-first","priority":1,"steps":[{"after":0,"target":"owner"},{"after":"20s","target":"ownerTeam"},{"after":"1m","target":"ownerSegment"},{"after":"3m","target":{"teams":["gich"]}}]},
   {"id":"gich","steps":[{"target":{"teams":["gich"]}}]},
   {"id":"wlu","priority":1,"steps":[{"target":{"teams":["wlu"]}}]},
   {"id":"employer","steps":[{"target":{"teams":["employer"]}}]},
   {"id":"third-party","steps":[{"target":{"teams":["third-party"]},"skipIfNoneReady":True},{"target":{"teams":["gich"]}}]},
   {"id":"direct-dial","priority":2,"steps":[{"target":{"teams":["team-leaders"]}}]}]},
 "callTypes":[
   {"id":"maintenance-enquiry","talk":{"lognormal":{"mean":"6m","sd":"3m30s"}},"acw":{"gamma":{"mean":"2m30s","sd":"2m"}},"patience":{"exponential":{"mean":"3m"}}},
   {"id":"new-application","talk":{"lognormal":{"mean":"9m","sd":"4m"}},"acw":{"gamma":{"mean":"3m","sd":"2m30s"}},"patience":{"exponential":{"mean":"4m"}}},
   {"id":"payment-query","talk":{"lognormal":{"mean":"4m30s","sd":"2m30s"}},"acw":{"gamma":{"mean":"1m30s","sd":"1m"}},"patience":{"exponential":{"mean":"2m30s"}}},
   {"id":"employer-enquiry","talk":{"lognormal":{"mean":"5m","sd":"2m30s"}},"acw":{"uniform":{"min":"30s","max":"2m"}},"patience":{"exponential":{"mean":"4m"}}},
   {"id":"emergency","talk":{"lognormal":{"mean":"8m","sd":"4m"}},"acw":{"uniform":{"min":"1m","max":"5m"}}}],
 "lines":[],
 "teams":[
   {"id":"gich","casegroups":0,"shifts":[
      {"start":"08:00","end":"16:00","agents":[{"staffNumber":"G001","name":"GICH team leader","isTeamLeader":True}]+named("G",10,"GICH team leader"),"notReady":breaks_early},
      {"start":"10:00","end":"18:00","agents":named("GL",8,"GICH team leader"),"notReady":breaks_late}]},
   {"id":"wlu","shifts":[{"start":"08:00","end":"16:00","agents":named("W",2,"WLU team leader"),"notReady":breaks_early},
                          {"start":"10:00","end":"18:00","agents":named("WL",1,"WLU team leader"),"notReady":breaks_late}]},
   {"id":"employer","shifts":[{"start":"08:00","end":"16:00","agents":named("E",4,"Employer team leader"),"notReady":breaks_early},
                               {"start":"10:00","end":"18:00","agents":named("EL",3,"Employer team leader"),"notReady":breaks_late}]},
   {"id":"third-party","shifts":[{"start":"08:00","end":"16:00","agents":named("T",2,"Third-party team leader"),"notReady":breaks_early},
                                  {"start":"10:00","end":"18:00","agents":named("TL",1,"Third-party team leader"),"notReady":breaks_late}]},
   caseworker_team("maintenance-north","maintenance",2400,"MN","Maintenance North TL",9,6),
   caseworker_team("maintenance-south","maintenance",2400,"MS","Maintenance South TL",9,6),
   caseworker_team("new-case","new-case",1200,"NC","New Case TL",6,5),
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
text=json.dumps(scenario,indent=2,ensure_ascii=False)
# compact small arrays/objects onto one line for readability
import re
import os; open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'scenarios', 'cms-day.json'),'w').write(text+"\n")
