# shapes.as - classes and inheritance: a small hierarchy of geometric shapes.
#
# Shows: a base class whose "abstract" method raises NotImplementedError,
# subclasses that call super().__init__, class attributes, __repr__ and
# __str__, __eq__ and __lt__ (which make == and sorted() work), isinstance,
# and methods shared through the base class.
#
#   aster examples/shapes.as

import math


class Shape:
    """Base class of every shape. Subclasses must implement area()."""

    # Class attributes are shared by every instance (and every subclass,
    # unless a subclass assigns its own).
    kind = "shape"
    sides = 0
    count = 0            # how many shapes have been made so far

    def __init__(self, name):
        self.name = name
        # Assigning through the class, not self, updates the shared counter.
        Shape.count += 1

    def area(self):
        # Python has no 'abstract' keyword: the convention is to raise.
        raise NotImplementedError(f"{type(self).__name__} does not define area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} does not define perimeter()")

    def describe(self):
        # self.area() calls the subclass's method: this is polymorphism.
        corners = f"{self.sides} sides" if self.sides else "no corners"
        return (f"{self.name} is a {self.kind} with {corners}, "
                f"area {self.area():.2f}, perimeter {self.perimeter():.2f}")

    # repr() is for programmers (it looks like the constructor call),
    # str() and print() are for people. Without __str__, str() uses __repr__.
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return f"{self.name} ({self.kind})"

    # Shapes compare by area. __lt__ is all that sorted() and min()/max() need.
    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return type(self) == type(other) and self.area() == other.area()


class Rectangle(Shape):
    kind = "rectangle"
    sides = 4

    def __init__(self, name, width, height):
        super().__init__(name)       # let Shape set up the common parts
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def __repr__(self):
        return f"Rectangle({self.name!r}, {self.width}, {self.height})"


class Square(Rectangle):
    """A square is a rectangle whose sides are equal: it reuses everything."""
    kind = "square"

    def __init__(self, name, side):
        super().__init__(name, side, side)

    def __repr__(self):
        return f"Square({self.name!r}, {self.width})"


class Circle(Shape):
    kind = "circle"

    def __init__(self, name, radius):
        super().__init__(name)
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle({self.name!r}, {self.radius})"


class Triangle(Shape):
    kind = "triangle"
    sides = 3

    def __init__(self, name, a, b, c):
        super().__init__(name)
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        self.a = a
        self.b = b
        self.c = c

    def area(self):
        # Heron's formula.
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c

    def __repr__(self):
        return f"Triangle({self.name!r}, {self.a}, {self.b}, {self.c})"


class Blob(Shape):
    """A subclass that forgot to implement area()."""
    kind = "blob"


def main():
    shapes = [
        Rectangle("door", 1, 2),
        Circle("coin", 0.5),
        Square("tile", 3),
        Triangle("sail", 3, 4, 5),
        Circle("plate", 1.5),
        Square("stamp", 1),
    ]

    print("--- describe() works the same way for every shape")
    for shape in shapes:
        print(shape.describe())

    print()
    print("--- str() versus repr()")
    first = shapes[0]
    print("str: ", str(first))
    print("repr:", repr(first))
    print("a list shows the repr of its items:", shapes[:2])

    print()
    print("--- sorted() uses __lt__ (smallest area first)")
    for shape in sorted(shapes):
        print(f"{shape.area():8.3f}  {shape}")
    print("largest:", max(shapes))
    print("by perimeter, longest first:",
          [s.name for s in sorted(shapes, key=lambda s: s.perimeter(), reverse=True)])

    print()
    print("--- == uses __eq__")
    print(Square("a", 2) == Square("b", 2))        # same type, same area
    print(Square("a", 2) == Rectangle("b", 2, 2))  # same area, other type
    print(Square("a", 2) != Square("b", 3))
    print(Square("x", 3) in shapes)                 # `in` compares with ==
    print(Shape.__eq__(first, "door"))              # not a Shape: NotImplemented
    print(first == "door")                          # ... so == falls back to identity

    print()
    print("--- isinstance and issubclass follow the hierarchy")
    tile = shapes[2]
    print(isinstance(tile, Square), isinstance(tile, Rectangle),
          isinstance(tile, Shape), isinstance(tile, Circle))
    print(issubclass(Square, Rectangle), issubclass(Circle, Rectangle))
    print("rectangles:", [s.name for s in shapes if isinstance(s, Rectangle)])
    kinds = {}
    for s in shapes:
        kinds[s.kind] = kinds.get(s.kind, 0) + 1
    print("kinds:", kinds)

    print()
    print("--- class attributes")
    print("Square.sides inherited from Rectangle:", Square.sides)
    print("Circle.sides from Shape:", Circle.sides)
    print("shapes made so far:", Shape.count)

    print()
    print("--- errors")
    try:
        Blob("goo").describe()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    try:
        Triangle("bad", 1, 2, 10)
    except ValueError as e:
        print("ValueError:", e)
    print("shapes made so far:", Shape.count)   # failed ones count too


main()
