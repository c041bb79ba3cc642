"""Reads an iCalendar file with the independent `icalendar` package and prints what it holds as JSON.

Usage: read_ics.py FILE. Fails (exit 1) if the parser rejects the file.
"""
import json
import sys

import icalendar

with open(sys.argv[1], 'rb') as handle:
    raw = handle.read()
calendar = icalendar.Calendar.from_ical(raw)
events = []
for event in calendar.walk('VEVENT'):
    events.append({
        'uid': str(event.get('UID')),
        'summary': str(event.get('SUMMARY')),
        'description': str(event.get('DESCRIPTION')),
        'start': event.decoded('DTSTART').isoformat(),
        'end': event.decoded('DTEND').isoformat(),
        'categories': [str(c) for c in event.get('CATEGORIES').cats] if event.get('CATEGORIES') else [],
    })
lines = raw.split(b'\r\n')
print(json.dumps({
    'name': str(calendar.get('X-WR-CALNAME')),
    'version': str(calendar.get('VERSION')),
    'events': events,
    'longestLine': max(len(line) for line in lines),
    'bareNewlines': raw.replace(b'\r\n', b'').count(b'\n'),
}))
