#!/usr/bin/env python3
"""twin.py FILE_OR_DIR... : for each text, the corpus text with the highest 8-char shingle overlap (Jaccard on the body without whitespace)."""
import sys, os, glob, re
C=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'extractor', 'src', 'test', 'resources', 'corpus')
def sh(t):
    t=re.sub(r'\s+','',t); return {t[i:i+8] for i in range(max(0,len(t)-7))}
corp={}
for f in glob.glob(C+'/*/*.txt')+glob.glob('/work/shared/corpus/*/*.txt'):
    try: corp[f]=sh(open(f,encoding='utf-8').read())
    except Exception: pass
files=[]
for a in sys.argv[1:]:
    files+= sorted(glob.glob(a+'/*.txt')) if os.path.isdir(a) else [a]
for f in files:
    s=sh(open(f,encoding='utf-8').read()); best=(0,'')
    for g,t in corp.items():
        if os.path.abspath(g)==os.path.abspath(f) or not s or not t: continue
        j=len(s&t)/min(len(s),len(t))
        if j>best[0]: best=(j,g)
    flag='  <-- inspect' if best[0]>0.3 else ''
    print(f'{os.path.basename(f)}\t{best[0]:.2f}\t{best[1].replace(C+"/","")}{flag}')
