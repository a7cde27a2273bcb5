#!/usr/bin/env python3
# Aggregate jdk.ExecutionSample from `jfr print --json`: self top and inclusive top (by frame).
import json, sys, collections, subprocess
f = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
filt = sys.argv[3] if len(sys.argv) > 3 else None
data = json.loads(subprocess.check_output(['jfr', 'print', '--stack-depth', '300', '--json', '--events', 'jdk.ExecutionSample', f]))
selfc = collections.Counter(); incl = collections.Counter(); total = 0
for e in data['recording']['events']:
    frames = e['values']['stackTrace']['frames']
    names = [fr['method']['type']['name'] + '.' + fr['method']['name'] for fr in frames]
    if filt and not any(filt in x for x in names): continue
    total += 1
    if names: selfc[names[0]] += 1
    for x in set(names): incl[x] += 1
print('samples', total)
print('--- self'); [print(f'{c*100/total:5.1f}% {k}') for k, c in selfc.most_common(n)]
print('--- inclusive'); [print(f'{c*100/total:5.1f}% {k}') for k, c in incl.most_common(n)]
