# Class definition, __init__, methods, instance and class attributes.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return self.name + " says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("Rex")
d2 = Dog("Fido", 5)
print(d1.speak(), d2.speak())
print(d1.age, d1.birthday().birthday().age)
print(Dog.count, d1.count, d1.species, Dog.species)
d1.species = "own"
print(d1.species, d2.species, Dog.species)
Dog.species = "changed"
print(d1.species, d2.species)
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog))
m = d2.speak
print(m(), Dog.speak(d1))
d2.name = "Max"
print(m())
print(hasattr(d1, "name"), hasattr(d1, "color"), getattr(d1, "age"), getattr(d1, "x", "dflt"))
setattr(d1, "color", "brown")
print(d1.color)
