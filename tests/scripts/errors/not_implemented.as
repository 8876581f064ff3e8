# Uncaught NotImplementedError from an abstract-style method.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Square(Shape):
    pass
Square().area()
