# Independent hand counts for `brief ghana|cobalt|ilo` (tests/commands/brief-profile.test.ts),
# read straight from corpus/*.json without the code under test. Run: python3 tests/support/brief-hand-counts.py
import json, re, calendar, datetime
load = lambda n: json.load(open(f'corpus/{n}.json'))
I, R, L = load('interventions'), load('reports'), load('lessons')
ILO_NAMES = ['ilo', 'ilo-ipec', 'ipec', 'itcilo', 'itc-ilo', 'international labour organization',
             'international labour organisation', 'international labour office', 'oit']
def is_ilo(text):
    t = text.lower()
    return any(re.search(r'(^|[^a-z])' + re.escape(n) + r'($|[^a-z])', t) for n in ILO_NAMES)
def stale_on(as_of, today=datetime.date(2026, 11, 30)):
    # Evidence counts for 3 years after the end of the period it names (2019 -> 2019-12-31).
    parts = [int(p) for p in as_of.split('-')]
    y, m = parts[0], parts[1] if len(parts) > 1 else 12
    d = parts[2] if len(parts) > 2 else calendar.monthrange(y, m)[1]
    return datetime.date(y + 3, m, min(d, 28) if m == 2 else d) < today
topics = {
  'ghana': (lambda i: any(c['country'] == 'Ghana' for c in i['countries']),
            lambda r: any(c['country'] == 'Ghana' for c in r['countries'])),
  'cobalt': (lambda i: 'cobalt' in i['minerals'], lambda r: 'cobalt' in r['minerals']),
  'ilo': (lambda i: any(is_ilo(o['name']) or is_ilo(o.get('short', '')) for o in i['organisations']),
          lambda r: is_ilo(r['publisher'])),
}
for name, (fi, fr) in topics.items():
    ints = [i for i in I if fi(i)]
    reps = [r for r in R if fr(r)]
    ids = {x['id'] for x in ints + reps}
    less = [l for l in L if set(l['mentions']) & ids]
    ongoing = [i['id'] for i in ints if i['status'] == 'ongoing']
    stale = [i['id'] for i in ints if i['status'] == 'ongoing' and 'statusAsOf' in i and stale_on(str(i['statusAsOf']))]
    areas = sorted({a for i in ints for a in i['areas']})
    print(name, len(ints), len(reps), len(less), 'ongoing', len(ongoing), 'stale', stale, 'areas', areas)
    ilo_run = sum(1 for i in ints if any(is_ilo(o['name']) or is_ilo(o.get('short', '')) for o in i['organisations']))
    print('   interventions with an ILO-family organisation:', ilo_run)
