# Subclassing a class from another module; isinstance across modules;
# exceptions defined in a module caught by the importer.
import shapes
from shapes import Shape, ShapeError
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    def area(self):
        return self.side ** 2
shapes_list = [Square(3), shapes.Circle(1)]
for s in shapes_list:
    print(s.describe(), isinstance(s, shapes.Shape))
try:
    Shape("abstract").area()
except ShapeError as e:
    print("ShapeError:", e, type(e).__name__)
print(type(shapes_list[1]).__name__, Square.__bases__[0] is Shape)
