// Reference outputs of ITK 5.2's LaplacianRecursiveGaussianImageFilter (NormalizeAcrossScale on, as
// PyRadiomics' LoG image type sets it) and GradientMagnitudeImageFilter (with and without image spacing,
// PyRadiomics' gradientUseSpacing) for the Java filter tests. Reads <dir>/volume_a.nrrd and
// <dir>/volume_b.nrrd (written by src/test/python/filters/make_filter_references.py) and writes
// <dir>/log_<vol>_sigma_<s>.nrrd and <dir>/gradient_<vol>_{spacing,nospacing}.nrrd. Build: see CMakeLists.txt.
#include <iostream>
#include <string>
#include <vector>

#include "itkGradientMagnitudeImageFilter.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"

using ImageType = itk::Image<double, 3>;

static ImageType::Pointer read(const std::string & path)
{
  auto reader = itk::ImageFileReader<ImageType>::New();
  reader->SetFileName(path);
  reader->Update();
  return reader->GetOutput();
}

static void write(ImageType::Pointer image, const std::string & path)
{
  auto writer = itk::ImageFileWriter<ImageType>::New();
  writer->SetFileName(path);
  writer->SetUseCompression(true);
  writer->SetInput(image);
  writer->Update();
  std::cout << "wrote " << path << std::endl;
}

int main(int argc, char * argv[])
{
  if (argc != 2)
  {
    std::cerr << "usage: itk_filter_references <src/test/resources/filters>" << std::endl;
    return 2;
  }
  const std::string dir = argv[1];
  struct Case { std::string volume; std::vector<std::string> sigmas; };
  const std::vector<Case> cases = { { "a", { "0.5", "1.0", "2.5" } }, { "b", { "1.5" } } };
  for (const auto & c : cases)
  {
    ImageType::Pointer input = read(dir + "/volume_" + c.volume + ".nrrd");
    for (const auto & s : c.sigmas)
    {
      auto log = itk::LaplacianRecursiveGaussianImageFilter<ImageType, ImageType>::New();
      log->SetNormalizeAcrossScale(true);
      log->SetSigma(std::stod(s));
      log->SetInput(input);
      log->Update();
      write(log->GetOutput(), dir + "/log_" + c.volume + "_sigma_" + s + ".nrrd");
    }
    for (bool useSpacing : { true, false })
    {
      auto grad = itk::GradientMagnitudeImageFilter<ImageType, ImageType>::New();
      grad->SetUseImageSpacing(useSpacing);
      grad->SetInput(input);
      grad->Update();
      write(grad->GetOutput(), dir + "/gradient_" + c.volume + (useSpacing ? "_spacing" : "_nospacing") + ".nrrd");
    }
  }
  return 0;
}
