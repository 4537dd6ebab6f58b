//! The pattern trie: leftmost-longest search by walking the Aho-Corasick goto trie from
//! every position where a pattern can start.
//!
//! # What it is
//!
//! This is the goto function of an Aho-Corasick automaton (the trie of the patterns) without
//! its failure links. A search tries the start positions of the haystack in increasing
//! order; at each it walks the trie from the root as far as the haystack allows and
//! remembers the accepting states it passes. The first position with an accepting state
//! gives the match, its deepest accepting state the pattern. That is the definition of a
//! leftmost-longest match (the earliest start; at that start, the longest pattern), so
//! [`Trie::find`] reports exactly what a leftmost-longest Aho-Corasick automaton reports for
//! the same patterns (a property test below checks it against the `aho-corasick` crate).
//!
//! # Why no failure links
//!
//! Failure links let an automaton read every haystack byte once, whichever pattern it is in
//! the middle of. They pay off when a walk started at one position must be continued from
//! a later one without reading again. Here a walk from a position is short: the gazetteer's
//! patterns carry their word boundaries (`" x "`, `" x"`, `"x "`, see `crate::compile`), so
//! the root has few children (the space, and the first bytes of the word-tail and Han
//! patterns), and a walk starts only where the root has a child for the byte there (one
//! table look-up per byte otherwise) and ends at the first byte the trie does not continue
//! with, which in running text is within a word or two. Leaving the links out makes the
//! construction one pass over the sorted patterns instead of the breadth-first failure
//! computation that dominated the automaton's build time.
//!
//! # Cost bounds
//!
//! Building: sorting the pattern indices (O(p log p) comparisons for p patterns), one
//! visit per pattern byte, and placing the states in a double array (see [`Trie`]):
//! per state with children, a search for a base whose cells are free, bounded to
//! [`SEARCH`] cells past the first free one (else the children go past the end), so at
//! most `SEARCH` times the state's child count per state. Searching a haystack of n bytes:
//! at most n start-byte look-ups plus, per start position tried, a walk of at most
//! `longest pattern` bytes, so O(n · m) for the longest pattern's length m in the worst
//! case (a haystack that continues a long pattern from every position), and linear in n
//! with a constant of the typical walk length (a few bytes) for text. Each step of a walk
//! is one addition, one bounds check, one load of a cell and one comparison, whatever
//! the state's number of children.
//!
//! The longest *shorter* pattern at a match's start (what the matcher tries after a
//! rejection) is the previous accepting state of the same walk: [`Trie::shorter`] keeps it
//! per pattern, so asking costs nothing.

use std::borrow::Cow;

/// No pattern ends at this state.
const NONE: u32 = u32::MAX;

/// The `check` of a free cell.
const FREE: u32 = u32::MAX;

/// The `check` of the root's cell (cell 0): no cell's index.
const ROOT_CHECK: u32 = u32::MAX - 1;

/// The bit of a cell's `base` word that says its state accepts (a pattern ends there);
/// the other bits are the base.
const ACCEPTS: u32 = 1 << 31;

/// The depth down to which [`placement_order`] places states breadth-first.
const TOP_DEPTH: u32 = 3;

/// How many cells past the first free one [`double_array`] tries for a state's children.
const SEARCH: usize = 512;

/// One state of the sorted-pattern construction, before it is placed in the double array:
/// its children are the states `edges + 1 ..= edges + children`, on the bytes
/// `edge_bytes[edges..edges + children]` (states are numbered breadth-first, so the
/// children of a state are consecutive and state `s > 0` is the target of edge `s - 1`).
#[derive(Debug, Clone, Copy)]
struct Node {
    edges: u32,
    children: u32,
    /// The pattern ending here, or [`NONE`].
    accept: u32,
}

impl Node {
    /// The states of its children.
    fn child_states(&self) -> std::ops::RangeInclusive<usize> {
        self.edges as usize + 1..=(self.edges + self.children) as usize
    }
}

/// The trie of a pattern set, searched leftmost-longest (see the module docs).
///
/// The states live in a double array of cells `[base, check]`: the child of the state in
/// cell `s` on byte `b` is the cell `t = base(s) + b` when `check(t) == s`, so a step of a
/// walk is an addition, one load of two adjacent words and a comparison, the same for a
/// state with one child and one with a hundred. Cell 0 is the root. The top bit of the
/// `base` word ([`ACCEPTS`]) says whether a pattern ends at the state; which one is in
/// a separate array, read once per walk for its deepest accepting state: eight-byte
/// cells, eight to a cache line (the walks' cache misses are most of their cost in the
/// service, BENCHMARKS.md section 26).
///
/// The cells are a flat array of `u32`, so that the built-in gazetteer's trie can be
/// built by `build.rs` and used in place from the binary's read-only data
/// ([`Trie::parts`], [`Trie::from_parts`]): borrowed parts, where a trie built at run time
/// owns them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Trie {
    parts: TrieParts<'static>,
    /// Per byte, whether a pattern starts with it (the root's children).
    starts: Box<[bool; 256]>,
    /// Per first byte, a bit per second byte: whether a walk from the root on the two
    /// bytes can find a match (see [`second_steps`]).
    pairs: Box<[[u64; 4]; 256]>,
    /// Per byte `b`, the cell of the state the root reaches on a space and then `b`, or
    /// [`NONE`] (see [`Trie::find`]).
    after_space: Box<[u32; 256]>,
    /// The root's state for a space accepts (a pattern `" "`): a walk from a space may
    /// match without a second byte, and [`Trie::find`] takes the general walk there.
    space_accepts: bool,
    /// No ASCII byte but the space starts a pattern: the start bytes can be looked for
    /// eight at a time (see [`View::next_start`]).
    ascii_starts_space_only: bool,
}

/// The arrays of a [`Trie`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TrieParts<'a> {
    /// Per cell, its `base` (with the [`ACCEPTS`] bit) and `check`: two `u32`s.
    pub(crate) cells: Cow<'a, [u32]>,
    /// Per cell, the pattern ending at its state, or [`NONE`].
    pub(crate) accepts: Cow<'a, [u32]>,
    /// Per pattern, the longest pattern that is a proper prefix of it, or [`NONE`].
    pub(crate) shorter: Cow<'a, [u32]>,
    /// Per pattern, its length in bytes.
    pub(crate) lengths: Cow<'a, [u32]>,
}

/// A match: the pattern and the haystack range it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TrieMatch {
    pub(crate) pattern: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The cells a search walks, borrowed from a [`Trie`]'s parts.
#[derive(Clone, Copy)]
struct View<'a> {
    cells: &'a [[u32; 2]],
    accepts: &'a [u32],
    starts: &'a [bool; 256],
    pairs: &'a [[u64; 4]; 256],
    after_space: &'a [u32; 256],
    space_accepts: bool,
    ascii_starts_space_only: bool,
}

impl View<'_> {
    /// See [`Trie::longest_at`].
    #[inline]
    fn longest_at(&self, hay: &[u8], start: usize) -> Option<(usize, usize)> {
        self.walk(hay, 0, start)
    }

    /// The longest pattern of a walk that has reached `cell` with the bytes before
    /// `from`: its id and end (the state `cell` itself counts, ending at `from`).
    #[inline]
    fn walk(&self, hay: &[u8], cell: u32, from: usize) -> Option<(usize, usize)> {
        let cells = self.cells;
        let [mut base, _] = *cells.get(cell as usize)?;
        let mut cell = cell;
        let mut rest = hay.get(from..)?.iter();
        // The deepest accepting state so far: its cell (or `NONE`), and how many bytes
        // were left after it. Plain integers and a byte iterator, not an `Option` of a
        // pair and an index: the step's loop then keeps its values in registers.
        let mut best = if base & ACCEPTS != 0 { cell } else { NONE };
        let mut best_left = rest.len();
        while let Some(&byte) = rest.next() {
            let t = (base & !ACCEPTS) as usize + byte as usize;
            let Some(&[next_base, check]) = cells.get(t) else {
                break;
            };
            if check != cell {
                break;
            }
            if next_base & ACCEPTS != 0 {
                (best, best_left) = (t as u32, rest.len());
            }
            (cell, base) = (t as u32, next_base);
        }
        let pattern = *self.accepts.get(best as usize)?;
        Some((pattern as usize, hay.len() - best_left))
    }

    /// Whether a walk from the root on `first` and then `second` can reach an accepting
    /// state: the root's child on `first` accepts (a one-byte pattern), or it has a
    /// child on `second`.
    #[inline]
    fn may_match(&self, first: u8, second: u8) -> bool {
        let words = &self.pairs[usize::from(first)];
        words[usize::from(second >> 6)] >> (second & 63) & 1 != 0
    }

    /// The first position at or after `from` whose byte starts a pattern.
    ///
    /// In folded text the only such ASCII byte is the space, and a word's letters are
    /// passed eight at a time: a word of the chunk flags its spaces and its non-ASCII bytes
    /// (whose start table is then asked), so a word costs a few instructions instead of
    /// a table look-up per letter.
    #[inline]
    fn next_start(&self, hay: &[u8], from: usize) -> Option<usize> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        const SPACES: u64 = 0x2020_2020_2020_2020;
        let mut i = from;
        if self.ascii_starts_space_only {
            while let Some(chunk) = hay.get(i..i + 8) {
                let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
                    break;
                };
                let x = u64::from_le_bytes(chunk);
                let y = x ^ SPACES;
                // The high bit of each space (zero byte of `y`; a borrow may flag a byte
                // above one as well) and of each non-ASCII byte.
                let mut flagged = ((y.wrapping_sub(ONES) & !y) | x) & HIGH;
                while flagged != 0 {
                    let j = i + (flagged.trailing_zeros() / 8) as usize;
                    if self.starts[usize::from(hay[j])] {
                        return Some(j);
                    }
                    flagged &= flagged - 1;
                }
                i += 8;
            }
        }
        let skip = hay
            .get(i..)?
            .iter()
            .position(|&b| self.starts[b as usize])?;
        Some(i + skip)
    }
}

/// For each first byte, a bit per second byte: whether a walk from the root on the two
/// bytes can find a match ([`View::may_match`]). A walk that cannot takes two steps at
/// most and finds nothing, and most of the walks in text are of that kind: the folded
/// text separates words by two spaces, and no pattern starts with two spaces, so the
/// first space of every gap starts one (measured: about a fifth of the search).
fn second_steps(cells: &[[u32; 2]]) -> Box<[[u64; 4]; 256]> {
    let mut pairs = Box::new([[0u64; 4]; 256]);
    let root_base = (cells[0][0] & !ACCEPTS) as usize;
    for (first, words) in pairs.iter_mut().enumerate() {
        let child = root_base + first;
        let Some(&[base, check]) = cells.get(child) else {
            continue;
        };
        if check != 0 {
            continue; // no pattern starts with `first`
        }
        for second in 0..256usize {
            let continues = cells
                .get((base & !ACCEPTS) as usize + second)
                .is_some_and(|c| c[1] as usize == child);
            if base & ACCEPTS != 0 || continues {
                words[second >> 6] |= 1 << (second & 63);
            }
        }
    }
    pairs
}

/// The order in which [`double_array`] places the states' children: breadth-first down
/// to the states at depth [`TOP_DEPTH`], then the subtree below each of those depth-first
/// (in pre-order).
///
/// A search's walks start at the root, so the top levels are in every walk: placed
/// breadth-first, their cells are one compact block at the front of the array. Below
/// them a walk follows one path, and a subtree placed depth-first keeps a path's cells
/// near each other (a chain of single children, the tail of a pattern, in adjacent
/// cells): a walk touches a few cache lines and pages instead of one far-off line per
/// step. In the service the trie shares the caches with the broker, and the walks'
/// cache misses were most of their cost (BENCHMARKS.md section 26).
fn placement_order(nodes: &[Node]) -> Vec<usize> {
    // States are numbered breadth-first, so those above `TOP_DEPTH` come first.
    let mut depth = vec![0u32; nodes.len()];
    let mut order = Vec::with_capacity(nodes.len());
    let mut tops = Vec::new();
    for (state, node) in nodes.iter().enumerate() {
        for child in node.child_states() {
            depth[child] = depth[state] + 1;
        }
        if depth[state] < TOP_DEPTH {
            order.push(state);
        } else if depth[state] == TOP_DEPTH {
            tops.push(state);
        }
    }
    let mut stack = Vec::new();
    for top in tops {
        stack.push(top);
        while let Some(state) = stack.pop() {
            order.push(state);
            // Pushed last to first, so that the first child is visited first.
            stack.extend(nodes[state].child_states().rev());
        }
    }
    order
}

/// Places the states of the sorted-pattern construction in a double array (see
/// [`Trie`]): breadth-first, each state's children at the first base, from the lowest cell
/// that may be free, whose cells for their bytes are all free.
fn double_array(nodes: &[Node], edge_bytes: &[u8]) -> (Vec<[u32; 2]>, Vec<u32>) {
    let free = [0, FREE];
    let accept_bit = |accept: u32| if accept == NONE { 0 } else { ACCEPTS };
    let capacity = nodes.len() + nodes.len() / 8 + 256;
    let mut cells: Vec<[u32; 2]> = Vec::with_capacity(capacity);
    let mut accepts: Vec<u32> = Vec::with_capacity(capacity);
    cells.push([accept_bit(nodes[0].accept), ROOT_CHECK]);
    accepts.push(nodes[0].accept);
    let mut cell_of = vec![0u32; nodes.len()];
    // Every cell from 256 to `first_free` is taken. Cells below 256 are left alone: a
    // base is never negative, so a cell below 256 could only take a child on a byte at
    // most its index, and a search that kept looking at them would look at them for
    // every state.
    let mut first_free = 256usize;
    for state in placement_order(nodes) {
        let node = &nodes[state];
        if node.children == 0 {
            continue;
        }
        let from = node.edges as usize;
        let bytes = &edge_bytes[from..from + node.children as usize];
        let lowest = usize::from(bytes[0]);
        while cells.get(first_free).is_some_and(|c| c[1] != FREE) {
            first_free += 1;
        }
        // The cell of the lowest byte's child: the first free one at which all fit,
        // looking at most `SEARCH` cells past the first free one (else past the end:
        // a search through a long, nearly full stretch would make the build quadratic).
        let mut at = first_free;
        let base = loop {
            let base = at - lowest;
            let fits = bytes.iter().all(|&b| {
                cells
                    .get(base + usize::from(b))
                    .is_none_or(|c| c[1] == FREE)
            });
            if fits {
                break base;
            }
            at += 1;
            if at > first_free + SEARCH {
                break cells.len().max(lowest) - lowest;
            }
        };
        let parent = cell_of[state];
        let needed = base + usize::from(bytes[bytes.len() - 1]) + 1;
        if cells.len() < needed {
            cells.resize(needed, free);
            accepts.resize(needed, NONE);
        }
        for (i, &b) in bytes.iter().enumerate() {
            let child = from + i + 1;
            let t = base + usize::from(b);
            let accept = nodes[child].accept;
            cells[t] = [accept_bit(accept), parent];
            accepts[t] = accept;
            cell_of[child] = u32::try_from(t).expect("cell count fits u32");
        }
        let base = u32::try_from(base)
            .ok()
            .filter(|&b| b < ACCEPTS)
            .expect("cell count fits 31 bits");
        cells[parent as usize][0] |= base;
    }
    assert!(cells.len() < ACCEPTS as usize, "cell count fits 31 bits");
    (cells, accepts)
}

impl Trie {
    /// The trie of `patterns`; pattern ids are their indices.
    ///
    /// Empty patterns are left out (they would match everywhere; the gazetteer's patterns
    /// always hold a word). Of equal patterns, the first one's id is reported.
    ///
    /// # Panics
    ///
    /// When the patterns have `u32::MAX` or more states or patterns.
    pub(crate) fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Trie {
        let pats: Vec<&[u8]> = patterns.iter().map(AsRef::as_ref).collect();
        let count = u32::try_from(pats.len()).expect("pattern count fits u32");
        let mut order: Vec<u32> = (0..count)
            .filter(|&i| !pats[i as usize].is_empty())
            .collect();
        // By bytes, then by id: a prefix sorts before its extensions, and the first of
        // equal patterns comes first.
        order.sort_unstable_by(|&a, &b| pats[a as usize].cmp(pats[b as usize]).then(a.cmp(&b)));
        let total: usize = order.iter().map(|&i| pats[i as usize].len()).sum();
        // The patterns' bytes in sorted order, one after the other: the walk below reads
        // the byte at one depth of a run of neighbouring patterns, which are then
        // neighbours in memory too (through `pats` each was a cache miss: a third of
        // the build's time).
        let mut sorted: Vec<u8> = Vec::with_capacity(total);
        let mut bounds: Vec<usize> = Vec::with_capacity(order.len() + 1);
        bounds.push(0);
        for &i in &order {
            sorted.extend_from_slice(pats[i as usize]);
            bounds.push(sorted.len());
        }
        let len_at = |k: usize| bounds[k + 1] - bounds[k];
        let byte_at = |k: usize, depth: usize| sorted[bounds[k] + depth];
        let mut nodes: Vec<Node> = Vec::with_capacity(total / 2);
        let mut edge_bytes: Vec<u8> = Vec::with_capacity(total / 2);
        let mut shorter = vec![NONE; pats.len()];
        let lengths: Vec<u32> = pats
            .iter()
            .map(|p| u32::try_from(p.len()).expect("pattern length fits u32"))
            .collect();
        // Per state: its range of `order` (the patterns through it), its depth, and the
        // deepest pattern ending at one of its ancestors. States are processed in id
        // order, which is the order they are created in (breadth-first).
        #[derive(Clone, Copy)]
        struct Pending {
            lo: u32,
            hi: u32,
            depth: u32,
            above: u32,
        }
        let mut pending: Vec<Pending> = Vec::with_capacity(total / 2);
        pending.push(Pending {
            lo: 0,
            hi: u32::try_from(order.len()).expect("pattern count fits u32"),
            depth: 0,
            above: NONE,
        });
        let mut state = 0usize;
        while state < pending.len() {
            let Pending {
                lo,
                hi,
                depth,
                above,
            } = pending[state];
            let (mut lo, hi, depth) = (lo as usize, hi as usize, depth as usize);
            // The patterns ending here (sorted first in the range; the first is kept).
            let mut here = NONE;
            while lo < hi && len_at(lo) == depth {
                if here == NONE {
                    here = order[lo];
                    shorter[here as usize] = above;
                } else {
                    shorter[order[lo] as usize] = shorter[here as usize];
                }
                lo += 1;
            }
            let inherited = if here == NONE { above } else { here };
            let first = u32::try_from(edge_bytes.len()).expect("state count fits u32");
            // One child per distinct byte at `depth`, in byte order.
            while lo < hi {
                let byte = byte_at(lo, depth);
                let mut run_end = lo + 1;
                while run_end < hi && byte_at(run_end, depth) == byte {
                    run_end += 1;
                }
                edge_bytes.push(byte);
                pending.push(Pending {
                    lo: lo as u32,
                    hi: run_end as u32,
                    depth: (depth + 1) as u32,
                    above: inherited,
                });
                lo = run_end;
            }
            nodes.push(Node {
                edges: first,
                children: edge_bytes.len() as u32 - first,
                accept: here,
            });
            state += 1;
        }
        assert!(nodes.len() < u32::MAX as usize, "state count fits u32");
        let (cells, accepts) = double_array(&nodes, &edge_bytes);
        Trie::from_parts(TrieParts {
            cells: cells.into_flattened().into(),
            accepts: accepts.into(),
            shorter: shorter.into(),
            lengths: lengths.into(),
        })
    }

    /// The trie's arrays, as [`Trie::from_parts`] takes them.
    #[allow(dead_code)] // used by build.rs and the tests
    pub(crate) fn parts(&self) -> &TrieParts<'static> {
        &self.parts
    }

    /// The trie whose arrays [`Trie::parts`] gave.
    ///
    /// # Panics
    ///
    /// When the arrays are not a trie's: a cell array that is not whole cells or has no
    /// root, or per-pattern arrays of different lengths. (The cells' links are trusted:
    /// the parts come from `parts`.)
    pub(crate) fn from_parts(parts: TrieParts<'static>) -> Trie {
        assert!(
            parts.cells.len().is_multiple_of(2) && parts.cells.get(1) == Some(&ROOT_CHECK),
            "trie parts: whole cells, the root first"
        );
        assert_eq!(
            parts.accepts.len() * 2,
            parts.cells.len(),
            "trie parts: one pattern entry per cell"
        );
        assert_eq!(
            parts.shorter.len(),
            parts.lengths.len(),
            "trie parts: one entry per pattern"
        );
        let cells: &[[u32; 2]] = bytemuck::cast_slice(&parts.cells);
        let base = (cells[0][0] & !ACCEPTS) as usize;
        let starts = Box::new(std::array::from_fn(|b| {
            cells.get(base + b).is_some_and(|c| c[1] == 0)
        }));
        let pairs = second_steps(cells);
        let mut after_space = Box::new([NONE; 256]);
        let space = base + usize::from(b' ');
        let space_accepts = cells
            .get(space)
            .is_some_and(|c| c[1] == 0 && c[0] & ACCEPTS != 0);
        if let Some(&[space_base, 0]) = cells.get(space) {
            for (b, cell) in after_space.iter_mut().enumerate() {
                let t = (space_base & !ACCEPTS) as usize + b;
                if cells.get(t).is_some_and(|c| c[1] as usize == space) {
                    *cell = u32::try_from(t).expect("cell count fits u32");
                }
            }
        }
        let ascii_starts_space_only = (0..0x80).all(|b| b == usize::from(b' ') || !starts[b]);
        Trie {
            parts,
            starts,
            pairs,
            after_space,
            space_accepts,
            ascii_starts_space_only,
        }
    }

    /// The search arrays as plain slices: the `Cow` is dereferenced once per search,
    /// not at every step (measured: 26 M more instructions per pass over the benchmark
    /// corpus when each step went through it).
    #[inline]
    fn view(&self) -> View<'_> {
        View {
            cells: bytemuck::cast_slice(&self.parts.cells),
            accepts: &self.parts.accepts,
            starts: &self.starts,
            pairs: &self.pairs,
            after_space: &self.after_space,
            space_accepts: self.space_accepts,
            ascii_starts_space_only: self.ascii_starts_space_only,
        }
    }

    /// The longest pattern starting at `start` (an anchored search): its id and end.
    #[inline]
    pub(crate) fn longest_at(&self, hay: &[u8], start: usize) -> Option<(usize, usize)> {
        self.view().longest_at(hay, start)
    }

    /// The leftmost-longest match starting at or after `from`.
    ///
    /// Not inlined: inside the matcher's loop, the walk's values did not stay in registers
    /// (three loads from the stack per step).
    #[inline(never)]
    pub(crate) fn find(&self, hay: &[u8], from: usize) -> Option<TrieMatch> {
        let view = self.view();
        let mut pos = from;
        while pos < hay.len() {
            // Skip the bytes no pattern starts with.
            pos = view.next_start(hay, pos)?;
            if hay[pos] == b' ' && !view.space_accepts {
                // Most walks start at a space (a word's start): its first two steps are
                // one look-up, which is also the test whether the walk can match.
                let cell = hay
                    .get(pos + 1)
                    .map_or(NONE, |&second| view.after_space[usize::from(second)]);
                if cell != NONE {
                    if let Some((pattern, end)) = view.walk(hay, cell, pos + 2) {
                        return Some(TrieMatch {
                            pattern,
                            start: pos,
                            end,
                        });
                    }
                }
                pos += 1;
                continue;
            }
            if let Some(&second) = hay.get(pos + 1) {
                if !view.may_match(hay[pos], second) {
                    pos += 1;
                    continue;
                }
            }
            if let Some((pattern, end)) = view.longest_at(hay, pos) {
                return Some(TrieMatch {
                    pattern,
                    start: pos,
                    end,
                });
            }
            pos += 1;
        }
        None
    }

    /// The longest pattern that is a proper prefix of `pattern` (what matches at the same
    /// start as `pattern`, ending earlier), or `None`.
    #[inline]
    pub(crate) fn shorter(&self, pattern: usize) -> Option<usize> {
        let p = self.parts.shorter[pattern];
        (p != NONE).then_some(p as usize)
    }

    /// The length of `pattern` in bytes.
    #[inline]
    pub(crate) fn pattern_len(&self, pattern: usize) -> usize {
        self.parts.lengths[pattern] as usize
    }

    /// Number of states, the root included.
    #[cfg(test)]
    pub(crate) fn state_count(&self) -> usize {
        self.view().cells.iter().filter(|c| c[1] != FREE).count()
    }

    /// Bytes of its arrays (on the heap, or in the binary's read-only data for the
    /// built-in trie).
    pub(crate) fn memory_usage(&self) -> usize {
        let p = &self.parts;
        4 * (p.cells.len() + p.accepts.len() + p.shorter.len() + p.lengths.len())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
    use proptest::prelude::*;

    fn reference(patterns: &[Vec<u8>]) -> AhoCorasick {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(patterns)
            .unwrap()
    }

    /// Every leftmost-longest search from every position, and every anchored search with
    /// its chain of shorter patterns, agrees with aho-corasick's.
    fn check_equivalent(patterns: &[Vec<u8>], hay: &[u8]) -> Result<(), TestCaseError> {
        let trie = Trie::new(patterns);
        let ac = reference(patterns);
        for from in 0..=hay.len() {
            let got = trie.find(hay, from).map(|m| (m.pattern, m.start, m.end));
            let want = ac
                .find(Input::new(hay).range(from..))
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()));
            prop_assert_eq!(got, want, "find from {}", from);
            // Anchored: the longest, then each shorter one (the matcher's fallback).
            let mut got = trie.longest_at(hay, from);
            let mut want = ac
                .find(Input::new(hay).range(from..).anchored(Anchored::Yes))
                .map(|m| (m.pattern().as_usize(), m.end()));
            loop {
                prop_assert_eq!(got, want, "anchored at {}", from);
                let Some((pattern, end)) = got else { break };
                prop_assert_eq!(trie.pattern_len(pattern), end - from);
                got = trie
                    .shorter(pattern)
                    .map(|p| (p, from + trie.pattern_len(p)));
                want = ac
                    .find(Input::new(hay).range(from..end - 1).anchored(Anchored::Yes))
                    .map(|m| (m.pattern().as_usize(), m.end()));
            }
        }
        Ok(())
    }

    fn dedup(mut patterns: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
        let mut seen = std::collections::HashSet::new();
        patterns.retain(|p| !p.is_empty() && seen.insert(p.clone()));
        patterns
    }

    /// Words over a small alphabet (with a two-byte letter), so patterns overlap often.
    fn word() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![Just("a"), Just("b"), Just("é"), Just("n")],
            1..4,
        )
        .prop_map(|letters| letters.concat())
    }

    /// Boundary-carrying patterns like the gazetteer's: `" x "`, `" x"`, `"x "`, where `x`
    /// is one or two words (a two-space gap between them).
    fn boundary_pattern() -> impl Strategy<Value = Vec<u8>> {
        (word(), proptest::option::of(word()), 0..3u8).prop_map(|(a, b, kind)| {
            let x = match b {
                Some(b) => format!("{a}  {b}"),
                None => a,
            };
            match kind {
                0 => format!(" {x} "),
                1 => format!(" {x}"),
                _ => format!("{x} "),
            }
            .into_bytes()
        })
    }

    /// Text like the folded text: words separated by one space or a gap.
    fn folded_text() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec((word(), prop_oneof![Just(" "), Just("  ")]), 0..12).prop_map(
            |words| {
                let mut text = String::from(" ");
                for (w, sep) in words {
                    text.push_str(&w);
                    text.push_str(sep);
                }
                text.into_bytes()
            },
        )
    }

    /// Bytes of the spaced pattern test: `!` is the byte above the space (a borrow of the
    /// eight-byte space test flags it), `é` is two bytes of which only the first starts a
    /// pattern that starts with it.
    const SPACED: &[u8] = &[b' ', b'a', b'b', b'!', 0xC3, 0xA9];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn same_as_aho_corasick_on_boundary_patterns(
            patterns in proptest::collection::vec(boundary_pattern(), 1..30),
            hay in folded_text(),
        ) {
            check_equivalent(&dedup(patterns), &hay)?;
        }

        /// Spaces, ASCII punctuation and non-ASCII bytes: the eight-byte search for start
        /// bytes and the walks from a space's second byte (also with the pattern `" "`).
        #[test]
        fn same_as_aho_corasick_with_spaces_and_high_bytes(
            patterns in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(SPACED), 1..6), 1..30),
            hay in proptest::collection::vec(proptest::sample::select(SPACED), 0..40),
        ) {
            check_equivalent(&dedup(patterns), &hay)?;
        }

        /// Patterns without boundaries too: the walk from every start is leftmost-longest
        /// for any pattern set, the boundaries only keep the walks short.
        #[test]
        fn same_as_aho_corasick_on_any_patterns(
            patterns in proptest::collection::vec(proptest::collection::vec(0..8u8, 1..6), 1..40),
            hay in proptest::collection::vec(0..8u8, 0..40),
        ) {
            check_equivalent(&dedup(patterns), &hay)?;
        }
    }

    /// Patterns, haystack, search start, expected match (pattern, start, end).
    type Row<'a> = (&'a [&'a str], &'a str, usize, Option<(usize, usize, usize)>);

    #[test]
    fn table() {
        let rows: &[Row<'_>] = &[
            (
                &[" new ", " new  york "],
                " in new  york ",
                0,
                Some((1, 3, 14)),
            ),
            (
                &[" new ", " new  york "],
                " in new  jersey ",
                0,
                Some((0, 3, 8)),
            ),
            // Leftmost wins over longer later: ` ab` starts before `b  c  d`.
            (&[" ab", "b  c  d "], " ab  c  d ", 0, Some((0, 0, 3))),
            (&[" ab", "b  c  d "], " ab  c  d ", 1, Some((1, 2, 10))),
            (&["x"], "", 0, None),
            (&["x"], "x", 1, None),
            // Equal patterns: the first.
            (&[" a ", " a "], " a ", 0, Some((0, 0, 3))),
            // The empty pattern is left out.
            (&["", " a "], "  a ", 0, Some((1, 1, 4))),
        ];
        for (patterns, hay, from, expected) in rows {
            let trie = Trie::new(patterns);
            let got = trie
                .find(hay.as_bytes(), *from)
                .map(|m| (m.pattern, m.start, m.end));
            assert_eq!(got, *expected, "row {patterns:?} {hay:?} {from}");
        }
    }

    #[test]
    fn shorter_chain_and_counts() {
        let trie = Trie::new(&[" a", " a b", " a b c", " x"]);
        assert_eq!(trie.shorter(2), Some(1));
        assert_eq!(trie.shorter(1), Some(0));
        assert_eq!(trie.shorter(0), None);
        assert_eq!(trie.shorter(3), None);
        // root, " ", "a", " " , "b", " ", "c", "x"
        assert_eq!(trie.state_count(), 8);
        assert!(trie.memory_usage() > 0);
    }
}
