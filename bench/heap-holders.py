"""Who holds the large arrays of one type in a heap dump (HPROF, as `jcmd PID GC.heap_dump FILE` writes it).

    python3 bench/heap-holders.py FILE char|byte MIN_LENGTH [DEPTH]

For every char[] or byte[] of at least MIN_LENGTH elements, follows the first object found to
refer to it, DEPTH steps up (3 by default), and prints those chains of classes, the largest total
first: how many arrays, and their size. Used for decision record 0013 (docs/benchmarks/FINDINGS.md).
It reads the whole file into memory: a 200 MB dump takes about 15 s and 1-2 GB.
"""
import collections
import struct
import sys

ARRAY_TYPES = {'char': 5, 'byte': 8}
TYPE_SIZES = {4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}  # 2 (object) is the id size
OBJECT = 2
# Heap dump sub-records for GC roots, by tag: how many ids and how many other bytes follow it.
ROOTS = {0xff: (1, 0), 0x01: (2, 0), 0x02: (1, 8), 0x03: (1, 8), 0x04: (1, 4), 0x05: (1, 0), 0x06: (1, 4),
         0x07: (1, 0), 0x08: (1, 8)}


class Dump:
    def __init__(self, path):
        self.data = open(path, 'rb').read()
        start = self.data.index(b'\0') + 1
        self.id_size = struct.unpack_from('>I', self.data, start)[0]
        self.id_format = '>Q' if self.id_size == 8 else '>I'
        self.sizes = {**TYPE_SIZES, OBJECT: self.id_size}
        self.strings, self.class_names, self.segments = {}, {}, []
        self._read_records(start + 12)

    def id_at(self, offset):
        return struct.unpack_from(self.id_format, self.data, offset)[0]

    def u4(self, offset):
        return struct.unpack_from('>I', self.data, offset)[0]

    def _read_records(self, offset):
        while offset < len(self.data):
            tag, length, body = self.data[offset], self.u4(offset + 5), offset + 9
            if tag == 0x01:
                self.strings[self.id_at(body)] = self.data[body + self.id_size:body + length].decode('utf-8', 'replace')
            elif tag == 0x02:
                self.class_names[self.id_at(body + 4)] = self.id_at(body + 8 + self.id_size)
            elif tag in (0x0c, 0x1c):
                self.segments.append((body, body + length))
            offset = body + length

    def class_name(self, class_id):
        return self.strings.get(self.class_names.get(class_id), '?').replace('/', '.')


def scan(dump, array_type, min_length):
    """The arrays wanted (id -> bytes), each class's fields, and where instances and object arrays are."""
    n = dump.id_size
    arrays, classes, instances, object_arrays = {}, {}, [], []
    for start, end in dump.segments:
        q = start
        while q < end:
            sub = dump.data[q]
            q += 1
            if sub in ROOTS:
                ids, other = ROOTS[sub]
                q += ids * n + other
            elif sub == 0x20:  # class dump
                class_id, super_id = dump.id_at(q), dump.id_at(q + 4 + n)
                q += 4 + 7 * n + 4
                for skip_name in (False, True):  # constant pool (index), then static fields (name)
                    count = struct.unpack_from('>H', dump.data, q)[0]
                    q += 2
                    for _ in range(count):
                        key = n if skip_name else 2
                        q += key + 1 + dump.sizes[dump.data[q + key]]
                count = struct.unpack_from('>H', dump.data, q)[0]
                q += 2
                fields = []
                for _ in range(count):
                    fields.append(dump.data[q + n])
                    q += n + 1
                classes[class_id] = (super_id, fields)
            elif sub == 0x21:  # instance
                instances.append(q)
                q += n + 4 + n + 4 + dump.u4(q + n + 4 + n)
            elif sub == 0x22:  # object array
                object_arrays.append(q)
                q += n + 4 + 4 + n + dump.u4(q + n + 4) * n
            elif sub == 0x23:  # primitive array
                length, element = dump.u4(q + n + 4), dump.data[q + n + 8]
                if element == array_type and length >= min_length:
                    arrays[dump.id_at(q)] = length * TYPE_SIZES[element]
                q += n + 4 + 4 + 1 + length * TYPE_SIZES[element]
            else:
                raise ValueError('unknown heap dump record %x at %d' % (sub, q))
    return arrays, classes, instances, object_arrays


def referrers(dump, classes, instances, object_arrays):
    """For every object referred to, the first object found to refer to it, and every object's class."""
    n = dump.id_size
    reference_offsets = {}

    def offsets(class_id):
        if class_id not in reference_offsets:
            found, position, current = [], 0, class_id
            while current in classes:
                super_id, fields = classes[current]
                for field in fields:
                    if field == OBJECT:
                        found.append(position)
                    position += dump.sizes[field]
                current = super_id
            reference_offsets[class_id] = found
        return reference_offsets[class_id]

    holder, kind = {}, {}
    for q in instances:
        object_id, class_id, values = dump.id_at(q), dump.id_at(q + n + 4), q + n + 4 + n + 4
        kind[object_id] = dump.class_name(class_id)
        for offset in offsets(class_id):
            target = dump.id_at(values + offset)
            if target:
                holder.setdefault(target, object_id)
    for q in object_arrays:
        object_id, length, class_id = dump.id_at(q), dump.u4(q + n + 4), dump.id_at(q + n + 8)
        kind[object_id] = dump.class_name(class_id) + '[]'
        for i in range(length):
            target = dump.id_at(q + n + 8 + n + i * n)
            if target:
                holder.setdefault(target, object_id)
    return holder, kind


def main():
    path, type_name, min_length = sys.argv[1], sys.argv[2], int(sys.argv[3])
    depth = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    dump = Dump(path)
    arrays, classes, instances, object_arrays = scan(dump, ARRAY_TYPES[type_name], min_length)
    holder, kind = referrers(dump, classes, instances, object_arrays)
    count, size = collections.Counter(), collections.Counter()
    for array_id, array_bytes in arrays.items():
        chain, current = [], array_id
        for _ in range(depth):
            current = holder.get(current)
            if current is None:
                break
            chain.append(kind.get(current, '?'))
        key = ' <- '.join(chain) or '(no holder found)'
        count[key] += 1
        size[key] += array_bytes
    print('%d %s[] of at least %d elements, %.0f KB in all' % (len(arrays), type_name, min_length,
                                                               sum(arrays.values()) / 1024))
    for key, total in size.most_common(25):
        print('%6d %9.0f KB  %s' % (count[key], total / 1024, key))


if __name__ == '__main__':
    main()
