;; The fast path of fund's staffing reader (src/io/staffing-fast.ts): plain lines cut into cells (a cell may be quoted
;; whole on its line), their code and unit looked up (a code outside the grid by its group, where such codes share
;; their group's entry), their numbers read, each line a record for the reader to add up. Anything else stops it
;; before the line, which the reader then reads as it reads every line. Assembled by scripts/wasm.js into
;; staffing-fast-wasm.ts.
;;
;; Memory: the cells' bounds from 0 (64 cells, a start and an end each); the descriptors of the code table at 1024,
;; the unit table at 1056, the outside codes' groups at 1088 and the grid's codes lower-cased at 1120; an empty cell's
;; bounds (-1, -1) at 1536; a code lower-cased at 1600 (64 bytes); records from 2048, 64 bytes each. The reader places
;; the tables and the bytes it reads.
(module
  (memory (export "memory") 1)
  (global $width (mut i32) (i32.const 0))
  (global $delim (mut i32) (i32.const 44))
  (global $iCode (mut i32) (i32.const -1))
  (global $iGroup (mut i32) (i32.const -1))
  (global $iUnit (mut i32) (i32.const -1))
  (global $fraction (mut i32) (i32.const 0))
  (global $maxLine (mut i32) (i32.const 0))
  (global $rows (mut i32) (i32.const 0))
  ;; Where the text of a line's quoted cells is written, their doubled quotes made single: from $unquoted to
  ;; $unquotedEnd.
  (global $unquoted (mut i32) (i32.const 0))
  (global $unquotedEnd (mut i32) (i32.const 0))
  ;; Codes outside the grid that share their group's value (staffing.ts sharedOutside): 0 none; 1 found by their
  ;; group cell; 2 all one value, $noGroup (-1 until the reader tells it), in a table without a group column.
  (global $shared (mut i32) (i32.const 0))
  (global $noGroup (mut i32) (i32.const -1))
  ;; Where the bounds of the numbers' cells are: 8 × column, or 1536 (which holds -1, -1) for a column not there.
  (global $oHead (mut i32) (i32.const 1536))
  (global $oExp (mut i32) (i32.const 1536))
  (global $oSal (mut i32) (i32.const 1536))
  (global $oSav (mut i32) (i32.const 1536))
  (global $oBorn (mut i32) (i32.const 1536))

  (func $bounds (param $c i32) (result i32)
    (select (i32.shl (local.get $c) (i32.const 3)) (i32.const 1536) (i32.ge_s (local.get $c) (i32.const 0))))

  ;; The table's columns (-1: none), the delimiter's byte, whether 12.5 years count as 12, the longest line, the room
  ;; for the text of quoted cells.
  (func (export "config") (param $width i32) (param $delim i32) (param $iCode i32) (param $iGroup i32)
    (param $iHead i32) (param $iExp i32) (param $iSal i32) (param $iUnit i32) (param $iSav i32) (param $iBorn i32)
    (param $fraction i32) (param $maxLine i32) (param $unquoted i32) (param $unquotedSize i32)
    (global.set $width (local.get $width))
    (global.set $delim (local.get $delim))
    (global.set $iCode (local.get $iCode))
    (global.set $iGroup (local.get $iGroup))
    (global.set $iUnit (local.get $iUnit))
    (global.set $fraction (local.get $fraction))
    (global.set $maxLine (local.get $maxLine))
    (global.set $unquoted (local.get $unquoted))
    (global.set $unquotedEnd (i32.add (local.get $unquoted) (local.get $unquotedSize)))
    (global.set $oHead (call $bounds (local.get $iHead)))
    (global.set $oExp (call $bounds (local.get $iExp)))
    (global.set $oSal (call $bounds (local.get $iSal)))
    (global.set $oSav (call $bounds (local.get $iSav)))
    (global.set $oBorn (call $bounds (local.get $iBorn)))
    (i32.store (i32.const 1536) (i32.const -1))
    (i32.store (i32.const 1540) (i32.const -1)))

  ;; How codes outside the grid share their group's value (see $shared), and the value of all of them without a group
  ;; column.
  (func (export "share") (param $mode i32) (param $noGroup i32)
    (global.set $shared (local.get $mode))
    (global.set $noGroup (local.get $noGroup)))

  ;; The value of a code cell [s, e) outside the code table that shares its group's, as staffing.ts sharedOutside finds
  ;; it: ASCII of 1 to 64 bytes, no padding nor formula guard (so no invisible character), not a grid code whatever its
  ;; case; then its group cell [gs, ge) looked up, or the one value without a group column. -1 for anything else.
  (func $outside (param $s i32) (param $e i32) (param $gs i32) (param $ge i32) (result i32)
    (local $n i32) (local $i i32) (local $b i32)
    (local.set $n (i32.sub (local.get $e) (local.get $s)))
    (if (i32.or (i32.eqz (local.get $n)) (i32.gt_u (local.get $n) (i32.const 64))) (then (return (i32.const -1))))
    (local.set $b (i32.load8_u (local.get $s)))
    (if (i32.or (i32.le_u (local.get $b) (i32.const 32)) (i32.eq (local.get $b) (i32.const 39)))
      (then (return (i32.const -1))))
    (if (i32.le_u (i32.load8_u (i32.sub (local.get $e) (i32.const 1))) (i32.const 32)) (then (return (i32.const -1))))
    (loop $fold
      (local.set $b (i32.load8_u (i32.add (local.get $s) (local.get $i))))
      (if (i32.ge_u (local.get $b) (i32.const 0x80)) (then (return (i32.const -1))))
      (i32.store8 offset=1600 (local.get $i) (select (i32.add (local.get $b) (i32.const 32)) (local.get $b)
        (i32.le_u (i32.sub (local.get $b) (i32.const 65)) (i32.const 25))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $fold (i32.lt_u (local.get $i) (local.get $n))))
    (if (i32.ge_s (call $lookup (i32.const 1120) (i32.const 1600) (i32.add (i32.const 1600) (local.get $n))
          (i32.const -1) (i32.const -1)) (i32.const 0))
      (then (return (i32.const -1))))
    (if (i32.eq (global.get $shared) (i32.const 2)) (then (return (global.get $noGroup))))
    (call $lookup (i32.const 1088) (local.get $gs) (local.get $ge) (i32.const -1) (i32.const -1)))

  ;; The records the last scan wrote.
  (func (export "rows") (result i32) (global.get $rows))

  ;; FNV-1a of the bytes [s1, e1), and when s2 >= 0 of the byte 0x01 and [s2, e2) after them.
  (func $hash (param $s1 i32) (param $e1 i32) (param $s2 i32) (param $e2 i32) (result i32)
    (local $h i32)
    (local.set $h (i32.const 0x811c9dc5))
    (block $d1 (loop $l1
      (br_if $d1 (i32.ge_u (local.get $s1) (local.get $e1)))
      (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $s1))) (i32.const 0x01000193)))
      (local.set $s1 (i32.add (local.get $s1) (i32.const 1)))
      (br $l1)))
    (if (i32.ge_s (local.get $s2) (i32.const 0)) (then
      (local.set $h (i32.mul (i32.xor (local.get $h) (i32.const 1)) (i32.const 0x01000193)))
      (block $d2 (loop $l2
        (br_if $d2 (i32.ge_u (local.get $s2) (local.get $e2)))
        (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load8_u (local.get $s2))) (i32.const 0x01000193)))
        (local.set $s2 (i32.add (local.get $s2) (i32.const 1)))
        (br $l2)))))
    (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 15))))

  ;; Whether the n bytes at a are those at b.
  (func $same (param $a i32) (param $b i32) (param $n i32) (result i32)
    (block $d (loop $l
      (br_if $d (i32.le_s (local.get $n) (i32.const 0)))
      (if (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))) (then (return (i32.const 0))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $l)))
    (i32.const 1))

  ;; The slot of a key in the table at d, or the empty slot where it would go. A table's descriptor: its slots (12
  ;; bytes each: 1 + the key's place in the arena, 0 when empty; its length; its value), the slots' mask, its count of
  ;; keys, the most it takes, its arena, the arena's bytes used and its size. A key of at most 8 bytes (not a pair) is
  ;; read as one 64-bit word: hashed and compared whole.
  (func $slot (param $d i32) (param $s1 i32) (param $e1 i32) (param $s2 i32) (param $e2 i32) (result i32)
    (local $i i32) (local $slot i32) (local $key i32) (local $n1 i32) (local $len i32) (local $word i64) (local $mask i64)
    (local $arena i32) (local $slots i32) (local $bits i32)
    (local.set $n1 (i32.sub (local.get $e1) (local.get $s1)))
    (local.set $slots (i32.load (local.get $d)))
    (local.set $bits (i32.load offset=4 (local.get $d)))
    (local.set $arena (i32.sub (i32.load offset=16 (local.get $d)) (i32.const 1)))
    (if (i32.and (i32.lt_s (local.get $s2) (i32.const 0)) (i32.le_u (local.get $n1) (i32.const 8))) (then
      (local.set $mask (select (i64.const -1)
        (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (local.get $n1) (i32.const 3)))) (i64.const 1))
        (i32.eq (local.get $n1) (i32.const 8))))
      (local.set $word (i64.and (i64.load (local.get $s1)) (local.get $mask)))
      ;; The product's high word, its top bits (which every byte of the key reaches) folded down into the low.
      (local.set $i (i32.wrap_i64 (i64.shr_u (i64.mul (i64.xor (local.get $word) (i64.extend_i32_u (local.get $n1)))
        (i64.const 0x9e3779b97f4a7c15)) (i64.const 32))))
      (local.set $i (i32.xor (local.get $i) (i32.shr_u (local.get $i) (i32.const 16))))
      (loop $short
        (local.set $i (i32.and (local.get $i) (local.get $bits)))
        (local.set $slot (i32.add (local.get $slots) (i32.mul (local.get $i) (i32.const 12))))
        (local.set $key (i32.load (local.get $slot)))
        (if (i32.eqz (local.get $key)) (then (return (local.get $slot))))
        (if (i32.eq (i32.load offset=4 (local.get $slot)) (local.get $n1)) (then
          (if (i64.eq (i64.and (i64.load (i32.add (local.get $arena) (local.get $key))) (local.get $mask))
                (local.get $word))
            (then (return (local.get $slot))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $short))))
    (local.set $len (local.get $n1))
    (if (i32.ge_s (local.get $s2) (i32.const 0)) (then
      (local.set $len (i32.add (local.get $len) (i32.add (i32.const 1) (i32.sub (local.get $e2) (local.get $s2)))))))
    (local.set $i (call $hash (local.get $s1) (local.get $e1) (local.get $s2) (local.get $e2)))
    (loop $l
      (local.set $i (i32.and (local.get $i) (local.get $bits)))
      (local.set $slot (i32.add (local.get $slots) (i32.mul (local.get $i) (i32.const 12))))
      (local.set $key (i32.load (local.get $slot)))
      (if (i32.eqz (local.get $key)) (then (return (local.get $slot))))
      (if (i32.eq (i32.load offset=4 (local.get $slot)) (local.get $len)) (then
        (local.set $key (i32.add (local.get $arena) (local.get $key)))
        (if (call $same (local.get $key) (local.get $s1) (local.get $n1)) (then
          (if (i32.lt_s (local.get $s2) (i32.const 0)) (then (return (local.get $slot))))
          (if (i32.eq (i32.load8_u (i32.add (local.get $key) (local.get $n1))) (i32.const 1)) (then
            (if (call $same (i32.add (local.get $key) (i32.add (local.get $n1) (i32.const 1))) (local.get $s2)
                  (i32.sub (local.get $e2) (local.get $s2)))
              (then (return (local.get $slot))))))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l))
    (unreachable))

  ;; The value of a key in the table at d; -1 when it is not there. A key of at most 8 bytes (not a pair) is found
  ;; here, as $slot finds it, without a call; any other through $slot.
  (func $lookup (param $d i32) (param $s1 i32) (param $e1 i32) (param $s2 i32) (param $e2 i32) (result i32)
    (local $slot i32) (local $n i32) (local $word i64) (local $mask i64) (local $i i32) (local $key i32)
    (local $slots i32) (local $bits i32) (local $arena i32)
    (local.set $n (i32.sub (local.get $e1) (local.get $s1)))
    (if (i32.and (i32.lt_s (local.get $s2) (i32.const 0)) (i32.le_u (local.get $n) (i32.const 8))) (then
      (local.set $slots (i32.load (local.get $d)))
      (local.set $bits (i32.load offset=4 (local.get $d)))
      (local.set $arena (i32.sub (i32.load offset=16 (local.get $d)) (i32.const 1)))
      (local.set $mask (select (i64.const -1)
        (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (local.get $n) (i32.const 3)))) (i64.const 1))
        (i32.eq (local.get $n) (i32.const 8))))
      (local.set $word (i64.and (i64.load (local.get $s1)) (local.get $mask)))
      (local.set $i (i32.wrap_i64 (i64.shr_u (i64.mul (i64.xor (local.get $word) (i64.extend_i32_u (local.get $n)))
        (i64.const 0x9e3779b97f4a7c15)) (i64.const 32))))
      (local.set $i (i32.xor (local.get $i) (i32.shr_u (local.get $i) (i32.const 16))))
      (loop $probe
        (local.set $i (i32.and (local.get $i) (local.get $bits)))
        (local.set $slot (i32.add (local.get $slots) (i32.mul (local.get $i) (i32.const 12))))
        (local.set $key (i32.load (local.get $slot)))
        (if (i32.eqz (local.get $key)) (then (return (i32.const -1))))
        (if (i32.eq (i32.load offset=4 (local.get $slot)) (local.get $n)) (then
          (if (i64.eq (i64.and (i64.load (i32.add (local.get $arena) (local.get $key))) (local.get $mask))
                (local.get $word))
            (then (return (i32.load offset=8 (local.get $slot)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $probe))))
    (local.set $slot (call $slot (local.get $d) (local.get $s1) (local.get $e1) (local.get $s2) (local.get $e2)))
    (if (result i32) (i32.eqz (i32.load (local.get $slot)))
      (then (i32.const -1))
      (else (i32.load offset=8 (local.get $slot)))))

  ;; Gives a key a value in the table at d: 1, or 0 when the table is full (its count or its arena).
  (func (export "insert") (param $d i32) (param $s1 i32) (param $e1 i32) (param $s2 i32) (param $e2 i32)
    (param $value i32) (result i32)
    (local $slot i32) (local $len i32) (local $at i32) (local $n1 i32) (local $used i32)
    (local.set $slot (call $slot (local.get $d) (local.get $s1) (local.get $e1) (local.get $s2) (local.get $e2)))
    (if (i32.ne (i32.load (local.get $slot)) (i32.const 0)) (then
      (i32.store offset=8 (local.get $slot) (local.get $value))
      (return (i32.const 1))))
    (local.set $n1 (i32.sub (local.get $e1) (local.get $s1)))
    (local.set $len (local.get $n1))
    (if (i32.ge_s (local.get $s2) (i32.const 0)) (then
      (local.set $len (i32.add (local.get $len) (i32.add (i32.const 1) (i32.sub (local.get $e2) (local.get $s2)))))))
    (local.set $used (i32.load offset=20 (local.get $d)))
    (if (i32.ge_u (i32.load offset=8 (local.get $d)) (i32.load offset=12 (local.get $d))) (then (return (i32.const 0))))
    (if (i32.gt_u (i32.add (local.get $used) (local.get $len)) (i32.load offset=24 (local.get $d)))
      (then (return (i32.const 0))))
    (local.set $at (i32.add (i32.load offset=16 (local.get $d)) (local.get $used)))
    (memory.copy (local.get $at) (local.get $s1) (local.get $n1))
    (if (i32.ge_s (local.get $s2) (i32.const 0)) (then
      (i32.store8 (i32.add (local.get $at) (local.get $n1)) (i32.const 1))
      (memory.copy (i32.add (local.get $at) (i32.add (local.get $n1) (i32.const 1))) (local.get $s2)
        (i32.sub (local.get $e2) (local.get $s2)))))
    (i32.store (local.get $slot) (i32.add (local.get $used) (i32.const 1)))
    (i32.store offset=4 (local.get $slot) (local.get $len))
    (i32.store offset=8 (local.get $slot) (local.get $value))
    (i32.store offset=20 (local.get $d) (i32.add (local.get $used) (local.get $len)))
    (i32.store offset=8 (local.get $d) (i32.add (i32.load offset=8 (local.get $d)) (i32.const 1)))
    (i32.const 1))

  ;; As staffing.ts plainInteger: plain digits (1 to 15) as a number; -1 for anything else.
  (func $int (param $s i32) (param $e i32) (result i64)
    (local $v i64) (local $d i32)
    (if (i32.or (i32.le_s (local.get $e) (local.get $s)) (i32.gt_s (i32.sub (local.get $e) (local.get $s)) (i32.const 15)))
      (then (return (i64.const -1))))
    (block $done (loop $l
      (br_if $done (i32.ge_s (local.get $s) (local.get $e)))
      (local.set $d (i32.sub (i32.load8_u (local.get $s)) (i32.const 48)))
      (if (i32.gt_u (local.get $d) (i32.const 9)) (then (return (i64.const -1))))
      (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
      (local.set $s (i32.add (local.get $s) (i32.const 1)))
      (br $l)))
    (local.get $v))

  ;; As staffing.ts plainYears with a fraction: the whole years of digits or digits.digits (at most 15 digits in all);
  ;; -1 for anything else.
  (func $years (param $s i32) (param $e i32) (result i64)
    (local $dot i32) (local $i i32)
    (if (i32.gt_s (i32.sub (local.get $e) (local.get $s)) (i32.const 16)) (then (return (i64.const -1))))
    (local.set $dot (local.get $e))
    (local.set $i (local.get $s))
    (block $found (loop $l
      (br_if $found (i32.ge_s (local.get $i) (local.get $e)))
      (if (i32.eq (i32.load8_u (local.get $i)) (i32.const 46)) (then (local.set $dot (local.get $i)) (br $found)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (if (i32.lt_s (local.get $dot) (local.get $e)) (then
      (if (i32.eq (i32.add (local.get $dot) (i32.const 1)) (local.get $e)) (then (return (i64.const -1))))
      (local.set $i (i32.add (local.get $dot) (i32.const 1)))
      (block $ok (loop $m
        (br_if $ok (i32.ge_s (local.get $i) (local.get $e)))
        (if (i32.gt_u (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)) (i32.const 9))
          (then (return (i64.const -1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $m)))))
    (call $int (local.get $s) (local.get $dot)))

  ;; As staffing.ts plainFixed: digits[.digits] of at most `places` decimals and 15 digits, in units of 10^-places.
  (func $fixed (param $s i32) (param $e i32) (param $places i32) (result i64)
    (local $v i64) (local $i i32) (local $d i32) (local $decimals i32)
    (local.set $i (local.get $s))
    (block $done (loop $l
      (br_if $done (i32.ge_s (local.get $i) (local.get $e)))
      (local.set $d (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
      (br_if $done (i32.gt_u (local.get $d) (i32.const 9)))
      (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (if (i32.or (i32.eq (local.get $i) (local.get $s))
          (i32.gt_s (i32.add (i32.sub (local.get $i) (local.get $s)) (local.get $places)) (i32.const 15)))
      (then (return (i64.const -1))))
    (if (i32.lt_s (local.get $i) (local.get $e)) (then
      (if (i32.or (i32.ne (i32.load8_u (local.get $i)) (i32.const 46))
            (i32.or (i32.eq (i32.add (local.get $i) (i32.const 1)) (local.get $e))
              (i32.gt_s (i32.sub (i32.sub (local.get $e) (local.get $i)) (i32.const 1)) (local.get $places))))
        (then (return (i64.const -1))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (block $d2 (loop $m
        (br_if $d2 (i32.ge_s (local.get $i) (local.get $e)))
        (local.set $d (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
        (if (i32.gt_u (local.get $d) (i32.const 9)) (then (return (i64.const -1))))
        (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
        (local.set $decimals (i32.add (local.get $decimals) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $m)))))
    (block $d3 (loop $n
      (br_if $d3 (i32.ge_s (local.get $decimals) (local.get $places)))
      (local.set $v (i64.mul (local.get $v) (i64.const 10)))
      (local.set $decimals (i32.add (local.get $decimals) (i32.const 1)))
      (br $n)))
    (local.get $v))

  ;; As staffing.ts plainTiyn: digits, digits.d or digits.dd (at most 13 whole digits) in tiyn; -1 for anything else.
  (func $tiyn (param $s i32) (param $e i32) (result i64)
    (local $v i64) (local $i i32) (local $d i32) (local $d1 i32) (local $d2 i32)
    (local.set $i (local.get $s))
    (block $done (loop $l
      (br_if $done (i32.ge_s (local.get $i) (local.get $e)))
      (local.set $d (i32.sub (i32.load8_u (local.get $i)) (i32.const 48)))
      (br_if $done (i32.gt_u (local.get $d) (i32.const 9)))
      (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10)) (i64.extend_i32_u (local.get $d))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $l)))
    (if (i32.or (i32.eq (local.get $i) (local.get $s)) (i32.gt_s (i32.sub (local.get $i) (local.get $s)) (i32.const 13)))
      (then (return (i64.const -1))))
    (if (i32.eq (local.get $i) (local.get $e)) (then (return (i64.mul (local.get $v) (i64.const 100)))))
    (if (i32.ne (i32.load8_u (local.get $i)) (i32.const 46)) (then (return (i64.const -1))))
    (local.set $d (i32.sub (i32.sub (local.get $e) (local.get $i)) (i32.const 1)))
    (if (i32.or (i32.lt_s (local.get $d) (i32.const 1)) (i32.gt_s (local.get $d) (i32.const 2)))
      (then (return (i64.const -1))))
    (local.set $d1 (i32.sub (i32.load8_u offset=1 (local.get $i)) (i32.const 48)))
    (if (i32.gt_u (local.get $d1) (i32.const 9)) (then (return (i64.const -1))))
    (if (i32.eq (local.get $d) (i32.const 1)) (then
      (return (i64.add (i64.mul (local.get $v) (i64.const 100)) (i64.extend_i32_u (i32.mul (local.get $d1) (i32.const 10)))))))
    (local.set $d2 (i32.sub (i32.load8_u offset=2 (local.get $i)) (i32.const 48)))
    (if (i32.gt_u (local.get $d2) (i32.const 9)) (then (return (i64.const -1))))
    (i64.add (i64.mul (local.get $v) (i64.const 100))
      (i64.extend_i32_u (i32.add (i32.mul (local.get $d1) (i32.const 10)) (local.get $d2)))))

  ;; A line from ls to stop (before its line end), its `count` cells cut: its record at rec, or 0 when it is not plain.
  ;; An absent column's cell is read at -1, -1: empty.
  (func $row (param $ls i32) (param $stop i32) (param $count i32) (param $rec i32) (param $places i32) (param $units i32)
    (result i32)
    (local $c0 i32) (local $code i32) (local $unit i32) (local $head i64) (local $years i64) (local $tiyn i64)
    (local $sav i64) (local $born i64) (local $a i32) (local $s i32) (local $e i32)
    (if (i32.ne (local.get $count) (global.get $width)) (then (return (i32.const 0))))
    ;; Blank, a comment, white space first (perhaps a wide space: its first byte) or an empty first cell.
    (if (i32.eq (local.get $ls) (local.get $stop)) (then (return (i32.const 0))))
    (local.set $c0 (i32.load8_u (local.get $ls)))
    (if (i32.or (i32.le_u (local.get $c0) (i32.const 32))
          (i32.or (i32.eq (local.get $c0) (i32.const 35)) (i32.eq (local.get $c0) (global.get $delim))))
      (then (return (i32.const 0))))
    (if (i32.or (i32.eq (local.get $c0) (i32.const 0xc2))
          (i32.or (i32.eq (local.get $c0) (i32.const 0xe1))
            (i32.or (i32.eq (local.get $c0) (i32.const 0xe2))
              (i32.or (i32.eq (local.get $c0) (i32.const 0xe3)) (i32.eq (local.get $c0) (i32.const 0xef))))))
      (then (return (i32.const 0))))
    ;; The cells' bounds are at 8 × column (a column of -1: at 1536, which holds -1, -1).
    (local.set $a (i32.shl (global.get $iCode) (i32.const 3)))
    (if (i32.ge_s (global.get $iGroup) (i32.const 0))
      (then (local.set $code (call $lookup (i32.const 1024) (i32.load (local.get $a)) (i32.load offset=4 (local.get $a))
        (i32.load (i32.shl (global.get $iGroup) (i32.const 3)))
        (i32.load offset=4 (i32.shl (global.get $iGroup) (i32.const 3))))))
      (else (local.set $code (call $lookup (i32.const 1024) (i32.load (local.get $a)) (i32.load offset=4 (local.get $a))
        (i32.const -1) (i32.const -1)))))
    ;; Not there: perhaps a code outside the grid that shares its group's value.
    (if (i32.and (i32.lt_s (local.get $code) (i32.const 0)) (i32.ne (global.get $shared) (i32.const 0))) (then
      (local.set $a (i32.shl (global.get $iCode) (i32.const 3)))
      (local.set $code (call $outside (i32.load (local.get $a)) (i32.load offset=4 (local.get $a))
        (i32.load (call $bounds (global.get $iGroup))) (i32.load offset=4 (call $bounds (global.get $iGroup)))))))
    (if (i32.lt_s (local.get $code) (i32.const 0)) (then (return (i32.const 0))))
    (local.set $unit (i32.const -1))
    (if (local.get $units) (then
      (local.set $a (i32.shl (global.get $iUnit) (i32.const 3)))
      (local.set $unit (call $lookup (i32.const 1056) (i32.load (local.get $a)) (i32.load offset=4 (local.get $a))
        (i32.const -1) (i32.const -1)))
      (if (i32.lt_s (local.get $unit) (i32.const 0)) (then (return (i32.const 0))))))
    ;; The numbers: an empty cell (or a column not there, at -1, -1) has its default; a cell not plainly a number
    ;; sends the line to the slow path.
    (local.set $a (global.get $oHead))
    (local.set $s (i32.load (local.get $a)))
    (local.set $e (i32.load offset=4 (local.get $a)))
    (local.set $head (i64.const 1))
    (if (i32.ne (local.get $s) (local.get $e)) (then
      (local.set $head (call $int (local.get $s) (local.get $e)))
      (if (i64.lt_s (local.get $head) (i64.const 0)) (then (return (i32.const 0))))))
    (local.set $a (global.get $oExp))
    (local.set $s (i32.load (local.get $a)))
    (local.set $e (i32.load offset=4 (local.get $a)))
    (local.set $years (i64.const -1))
    (if (i32.ne (local.get $s) (local.get $e)) (then
      (if (global.get $fraction)
        (then (local.set $years (call $years (local.get $s) (local.get $e))))
        (else (local.set $years (call $fixed (local.get $s) (local.get $e) (i32.const 6)))))
      (if (i64.lt_s (local.get $years) (i64.const 0)) (then (return (i32.const 0))))))
    (local.set $a (global.get $oSal))
    (local.set $s (i32.load (local.get $a)))
    (local.set $e (i32.load offset=4 (local.get $a)))
    (local.set $tiyn (i64.const -1))
    (if (i32.ne (local.get $s) (local.get $e)) (then
      (local.set $tiyn (call $tiyn (local.get $s) (local.get $e)))
      (if (i64.le_s (local.get $tiyn) (i64.const 0)) (then (return (i32.const 0))))))
    (local.set $a (global.get $oSav))
    (local.set $s (i32.load (local.get $a)))
    (local.set $e (i32.load offset=4 (local.get $a)))
    (local.set $sav (i64.const -1))
    (if (i32.ne (local.get $s) (local.get $e)) (then
      (local.set $sav (call $fixed (local.get $s) (local.get $e) (local.get $places)))
      (if (i64.lt_s (local.get $sav) (i64.const 0)) (then (return (i32.const 0))))))
    (local.set $a (global.get $oBorn))
    (local.set $s (i32.load (local.get $a)))
    (local.set $e (i32.load offset=4 (local.get $a)))
    (local.set $born (i64.const -1))
    (if (i32.ne (local.get $s) (local.get $e)) (then
      (local.set $born (call $int (local.get $s) (local.get $e)))
      (if (i32.or (i64.lt_s (local.get $born) (i64.const 1900)) (i64.gt_s (local.get $born) (i64.const 2100)))
        (then (return (i32.const 0))))))
    ;; Years beyond what a 32-bit integer holds (millionths of 2 147 years) go the slow way.
    (if (i64.gt_s (local.get $years) (i64.const 0x7fffffff)) (then (return (i32.const 0))))
    (i32.store (local.get $rec) (local.get $code))
    (i32.store offset=4 (local.get $rec) (local.get $unit))
    (i32.store offset=8 (local.get $rec) (i32.wrap_i64 (local.get $years)))
    (i32.store offset=12 (local.get $rec) (local.get $ls))
    (i32.store offset=16 (local.get $rec) (i32.wrap_i64 (local.get $born)))
    (f64.store offset=24 (local.get $rec) (f64.convert_i64_s (local.get $head)))
    (f64.store offset=32 (local.get $rec) (f64.convert_i64_s (local.get $tiyn)))
    (f64.store offset=40 (local.get $rec) (f64.convert_i64_s (local.get $sav)))
    (i32.const 1))

  ;; Reads whole plain lines from pos up to end, at most maxRows, each a record of 64 bytes from 2048: as 32-bit
  ;; integers the code's value, the unit's (-1 without `units`), years (whole, or millionths without `fraction`; -1
  ;; when empty), the line's start, the year of birth (-1 when empty); then as doubles from its 24th byte headcount (1
  ;; when empty), tiyn (-1 when empty), savings in units of 10^-places (-1 when empty). The special bytes (delimiter,
  ;; LF, CR, quote) are found 16 at a time. A cell may be quoted, as a whole, on one line: its text (a doubled quote
  ;; made single) is written to the room at $unquoted and read from there; the reader has told the tables the text of
  ;; such cells, as it reads them. Returns where it stopped: the end of the last line read, before a line it does not
  ;; read (a quote that does not open a cell or closes one before other text, a line break inside quotes, a CR alone,
  ;; a line not plain), or before the line that has not ended. The 16 bytes after end must be readable.
  (func (export "scan") (param $pos i32) (param $end i32) (param $maxRows i32) (param $places i32) (param $units i32)
    (result i32)
    (local $ls i32) (local $cs i32) (local $count i32) (local $blk i32) (local $m i32) (local $k i32) (local $p i32)
    (local $b i32) (local $stop i32) (local $lf i32) (local $rec i32) (local $v v128)
    (local $sDelim v128) (local $sLf v128) (local $sCr v128) (local $sQuote v128)
    ;; The cell being cut when it was quoted: its text's bounds in the room ($qs -1: it was not), the byte after its
    ;; closing quote; where the room is written next; a byte of the quoted text and where it is read.
    (local $qs i32) (local $qe i32) (local $qend i32) (local $u i32) (local $c i32) (local $i i32)
    (global.set $rows (i32.const 0))
    (local.set $rec (i32.const 2048))
    (local.set $ls (local.get $pos))
    (local.set $cs (local.get $pos))
    (local.set $blk (local.get $pos))
    (local.set $qs (i32.const -1))
    (local.set $u (global.get $unquoted))
    (local.set $sDelim (i8x16.splat (global.get $delim)))
    (local.set $sLf (i8x16.splat (i32.const 10)))
    (local.set $sCr (i8x16.splat (i32.const 13)))
    (local.set $sQuote (i8x16.splat (i32.const 34)))
    (block $out (loop $blocks
      (br_if $out (i32.ge_u (local.get $blk) (local.get $end)))
      (local.set $v (v128.load (local.get $blk)))
      (local.set $m (i8x16.bitmask (v128.or
        (v128.or (i8x16.eq (local.get $v) (local.get $sDelim)) (i8x16.eq (local.get $v) (local.get $sLf)))
        (v128.or (i8x16.eq (local.get $v) (local.get $sCr)) (i8x16.eq (local.get $v) (local.get $sQuote))))))
      ;; Not the bytes past the end, nor those before the line (the LF of a CRLF whose CR ended the last block).
      (if (i32.lt_u (i32.sub (local.get $end) (local.get $blk)) (i32.const 16)) (then
        (local.set $m (i32.and (local.get $m)
          (i32.sub (i32.shl (i32.const 1) (i32.sub (local.get $end) (local.get $blk))) (i32.const 1))))))
      (if (i32.gt_u (local.get $ls) (local.get $blk)) (then
        (local.set $m (i32.and (local.get $m) (i32.shl (i32.const -1) (i32.sub (local.get $ls) (local.get $blk)))))))
      (block $done (loop $bits
        (br_if $done (i32.eqz (local.get $m)))
        (local.set $k (i32.ctz (local.get $m)))
        (local.set $m (i32.and (local.get $m) (i32.sub (local.get $m) (i32.const 1))))
        (local.set $p (i32.add (local.get $blk) (local.get $k)))
        (local.set $b (i32.load8_u (local.get $p)))
        (if (i32.eq (local.get $b) (i32.const 34)) (then
          ;; A quote opens a cell, or the line is the reader's. Its text is copied to the room up to the closing
          ;; quote, a doubled quote as one; the cell must end right after it (checked at the delimiter or line end,
          ;; which the blocks from there find).
          (br_if $out (i32.ne (local.get $p) (local.get $cs)))
          (local.set $qs (local.get $u))
          (local.set $i (i32.add (local.get $p) (i32.const 1)))
          (block $closed (loop $text
            (br_if $out (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $end)))
            (local.set $c (i32.load8_u (local.get $i)))
            (if (i32.eq (local.get $c) (i32.const 34)) (then
              (br_if $closed (i32.ne (i32.load8_u offset=1 (local.get $i)) (i32.const 34)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))))
            (br_if $out (i32.or (i32.eq (local.get $c) (i32.const 10)) (i32.eq (local.get $c) (i32.const 13))))
            (br_if $out (i32.ge_u (local.get $u) (global.get $unquotedEnd)))
            (i32.store8 (local.get $u) (local.get $c))
            (local.set $u (i32.add (local.get $u) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $text)))
          (local.set $qe (local.get $u))
          (local.set $qend (i32.add (local.get $i) (i32.const 1)))
          (local.set $blk (local.get $qend))
          (br $blocks)))
        ;; The cell's bounds: in the line, or the room's text of a quoted cell, which must end here.
        (if (i32.ge_s (local.get $qs) (i32.const 0)) (then
          (br_if $out (i32.ne (local.get $p) (local.get $qend)))
          (local.set $cs (local.get $qs))
          (local.set $stop (local.get $qe))
          (local.set $qs (i32.const -1)))
          (else (local.set $stop (local.get $p))))
        (if (i32.eq (local.get $b) (global.get $delim)) (then
          (br_if $out (i32.ge_u (local.get $count) (i32.const 63)))
          (i32.store (i32.shl (local.get $count) (i32.const 3)) (local.get $cs))
          (i32.store offset=4 (i32.shl (local.get $count) (i32.const 3)) (local.get $stop))
          (local.set $count (i32.add (local.get $count) (i32.const 1)))
          (local.set $cs (i32.add (local.get $p) (i32.const 1)))
          (br $bits)))
        (local.set $lf (local.get $p))
        (if (i32.eq (local.get $b) (i32.const 13)) (then
          (br_if $out (i32.ge_u (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
          (br_if $out (i32.ne (i32.load8_u offset=1 (local.get $p)) (i32.const 10)))
          (local.set $lf (i32.add (local.get $p) (i32.const 1)))
          (local.set $m (i32.and (local.get $m) (i32.xor (i32.shl (i32.const 1) (i32.add (local.get $k) (i32.const 1)))
            (i32.const -1))))))
        (br_if $out (i32.gt_s (i32.sub (local.get $lf) (local.get $ls)) (global.get $maxLine)))
        (i32.store (i32.shl (local.get $count) (i32.const 3)) (local.get $cs))
        (i32.store offset=4 (i32.shl (local.get $count) (i32.const 3)) (local.get $stop))
        (br_if $out (i32.eqz (call $row (local.get $ls) (local.get $p) (i32.add (local.get $count) (i32.const 1))
          (local.get $rec) (local.get $places) (local.get $units))))
        (local.set $rec (i32.add (local.get $rec) (i32.const 64)))
        (global.set $rows (i32.add (global.get $rows) (i32.const 1)))
        (local.set $ls (i32.add (local.get $lf) (i32.const 1)))
        (local.set $cs (local.get $ls))
        (local.set $count (i32.const 0))
        (local.set $u (global.get $unquoted))
        (br_if $out (i32.ge_u (global.get $rows) (local.get $maxRows)))
        (br $bits)))
      (local.set $blk (i32.add (local.get $blk) (i32.const 16)))
      (br $blocks)))
    (local.get $ls))
)
